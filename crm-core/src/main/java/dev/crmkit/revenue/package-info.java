/**
 * Revenue: what each customer has brought in and what it is estimated to bring, read from orders, quotes and the
 * pipeline, in the actor's scope.
 *
 * <ul>
 *   <li><b>Realised revenue</b> is the subtotal (the lines' totals, before taxes) of each <em>invoiced</em> order, in
 *       its currency, counted on the day it was invoiced in the tenant's time zone. Orders placed, accepted, in
 *       production or delivered count nothing yet; cancelled orders never count.</li>
 *   <li>The <b>trailing twelve months</b> as of a day run from the start of the same day twelve months earlier to the
 *       end of the day.</li>
 *   <li>The <b>estimate</b> of a customer's revenue, per currency, has three parts: the <em>run rate</em> (the
 *       trailing twelve months divided by 12, the monthly pace); the <em>weighted pipeline</em> (each open card's
 *       value times its stage's win probability; a stage without a win probability weighs 0 %); and the <em>open
 *       quotes</em> (each quote accepted and not converted yet, or sent and not expired, at its subtotal less its own
 *       discount, taxes left out, not weighted: the customer holds a priced offer).</li>
 *   <li>The <b>forecast</b> of a pipeline sums its open cards' values by salesperson and month of their expected
 *       close date, weighted by their stage's win probability.</li>
 *   <li>The <b>profitability</b> of a prospect sets the weighted value of its open cards against the effort spent on
 *       it: its interactions (agenda entries, comments on its cards, messages) and the days since its oldest open card
 *       entered the pipeline.</li>
 * </ul>
 *
 * <p>Amounts are never added across currencies: every figure is per currency, at the currency's scale, rounded
 * half-even once per figure.
 */
package dev.crmkit.revenue;
