-- Each program's own small key-value store (SPI ProgramStore): CPP's invitation secret, Jum'at Koin's ledger details.
-- The program column also holds "bundle:<symbolic name>" for a module jar that declares no program.
CREATE TABLE program_value (
    program VARCHAR(200) NOT NULL,
    value_key VARCHAR(200) NOT NULL,
    value_text VARCHAR(4000) NOT NULL,
    PRIMARY KEY (program, value_key)
);
