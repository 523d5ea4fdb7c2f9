package dev.crmkit.report;

import dev.crmkit.common.StageId;

/**
 * One stage's open cards.
 *
 * @param stageId the stage
 * @param name its name
 * @param openCards how many open cards it holds
 * @param stagnant how many of them are stagnant
 * @param averageDaysInStage the mean time its open cards have spent in it since they entered it, in days
 */
public record StageStatistics(StageId stageId, String name, long openCards, long stagnant, double averageDaysInStage) {}
