/**
 * Pipelines and cards: boards of prospect cards for each region or kind of sale, with
 * their own users, color, labels, base card, settings and ordered stages; cards that move between stages,
 * collect comments and attachments, become stagnant when nobody touches them, and end archived, lost, or
 * converted; the board query with all its filters, saved filters, and the pipeline's history.
 */
package dev.crmkit.pipeline;
