-- Revenue: a customer's realised revenue sums the subtotals of its invoiced orders by the month of their invoicing.
-- An invoiced order changes no more, so its last update is its invoicing: this index holds every column that sum
-- reads (the account, the status, the invoicing time, the currency and the subtotal), so it is read from the index
-- alone. A stage's win probability lives in the pipeline's stage document and needs no column.
create index crm_order_invoiced_ix on crm_order (tenant_id, account_id, status, updated_at, currency, subtotal);

-- A pipeline's forecast sums its open cards' values by stage, salesperson and expected close month.
create index crm_card_forecast_ix on crm_card (tenant_id, pipeline_id, is_open, stage_id, salesperson_id,
    expected_close_date);
