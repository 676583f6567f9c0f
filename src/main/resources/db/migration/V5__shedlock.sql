-- ShedLock's table (its JDBC provider): each source run is claimed by one node at a time.
CREATE TABLE shedlock (
	name VARCHAR(64) NOT NULL,
	lock_until TIMESTAMP NOT NULL,
	locked_at TIMESTAMP NOT NULL,
	locked_by VARCHAR(255) NOT NULL,
	CONSTRAINT pk_shedlock PRIMARY KEY (name)
);
