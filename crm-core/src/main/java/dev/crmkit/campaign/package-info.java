/**
 * Campaigns: newsletters, offers, door-to-door visits and periodic calls aimed at a segment of accounts or at a list
 * of accounts and contacts. Launching a campaign takes a snapshot of its members, skips those who may not be reached
 * on its channel (and records why), gives each member of an offer its quote (one made beforehand for its category, or
 * one of its own made by the launch), hands newsletters and offers to the host's {@code MessageSender} after the
 * commit, and plans visits and calls into the agenda. The host reports each member's delivery, bounce, response or
 * opt-out; the results count them, with the cards, quotes and orders the campaign's members brought.
 */
package dev.crmkit.campaign;
