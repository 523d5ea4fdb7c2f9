/**
 * Pipelines and cards (SPEC §3, seed 002): boards of prospect cards for each region or kind of sale, with
 * their own users, color, labels, base card, settings and ordered stages; cards that move between stages,
 * collect comments and attachments, become stagnant when nobody touches them, and end archived, lost, or
 * converted; the board query with every filter of seed 002, saved filters, and the pipeline's history.
 */
package dev.crmkit.pipeline;
