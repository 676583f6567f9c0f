-- Hibernate Search's outbox-polling coordination (warta.search.coordination=outbox-polling): the
-- events of articles to index, and the nodes that poll them. As Hibernate Search 8.2 maps them (H2).
create table hsearch_agent (
	assigned_shard_index integer,
	total_shard_count integer,
	expiration timestamp(6) with time zone not null,
	id uuid not null,
	name varchar(255) not null,
	tenant_id varchar(255),
	payload blob,
	state enum ('RUNNING','SUSPENDED','WAITING') not null,
	type enum ('EVENT_PROCESSING_DYNAMIC_SHARDING','EVENT_PROCESSING_STATIC_SHARDING','MASS_INDEXING') not null,
	primary key (id));
create table hsearch_outbox_event (
	entity_id_hash integer not null,
	retries integer not null,
	process_after timestamp(6) with time zone not null,
	id uuid not null,
	entity_id varchar(256) not null,
	entity_name varchar(256) not null,
	tenant_id varchar(255),
	payload blob not null,
	status enum ('ABORTED','PENDING') not null,
	primary key (id));
create index hsearch_outbox_event_process_after on hsearch_outbox_event (process_after);
