-- Distribution (宣传海报邮寄): a plan's quantities per postal material and provincial unit, and the shipments a plan
-- fans out into, one per provincial unit.

-- When the plan last changed (its ETag moves with it) and when it was fanned out into shipments (then it is locked).
alter table distribution_plan add column updated_at    timestamptz;
alter table distribution_plan add column fanned_out_at timestamptz;

-- How many copies of one postal material go to one provincial unit; adding a material writes one row per recipient.
create table distribution_line (
    plan_id       uuid       not null,
    material_id   uuid       not null references material (id),
    division_code varchar(6) not null,
    quantity      integer    not null,
    primary key (plan_id, material_id, division_code),
    foreign key (plan_id, division_code) references distribution_recipient (plan_id, division_code),
    constraint distribution_line_quantity check (quantity >= 0)
);

-- One parcel to one provincial unit: planned, dispatched, delivered, received or partially received, or cancelled.
create table shipment (
    id                   uuid         primary key,
    plan_id              uuid         not null references distribution_plan (id),
    campaign_id          uuid         not null,
    division_code        varchar(6)   not null,
    status               varchar(30)  not null,
    created_at           timestamptz  not null,
    carrier              varchar(100),
    tracking_number      varchar(100),
    expected_delivery_on date,
    dispatched_at        timestamptz,
    delivered_at         timestamptz,
    received_at          timestamptz,
    confirmed_by         varchar(200),
    receipt_note         varchar(2000),
    cancelled_at         timestamptz,
    cancelled_from       varchar(30),
    cancel_reason        varchar(1000),
    version              bigint       not null default 0,
    constraint shipment_once_per_unit unique (plan_id, division_code),
    foreign key (plan_id, division_code) references distribution_recipient (plan_id, division_code)
);
create index shipment_by_campaign on shipment (campaign_id, division_code, created_at, id);
create index shipment_by_unit on shipment (division_code, created_at, id);

-- One postal material in a shipment. More than 100,000 copies of one material to one bureau is a typing error,
-- not a print run: the database refuses it even if a plan line got there, and the fan-out then creates nothing.
create table shipment_item (
    shipment_id       uuid    not null references shipment (id),
    material_id       uuid    not null references material (id),
    quantity          integer not null,
    quantity_received integer,
    quantity_damaged  integer,
    primary key (shipment_id, material_id),
    constraint shipment_item_quantity check (quantity > 0 and quantity <= 100000),
    constraint shipment_item_receipt check (quantity_received >= 0 and quantity_damaged >= 0
        and quantity_received + quantity_damaged <= quantity)
);
