-- EXCHANGE.md 1.3: population.csv may deliver the optional margin born_grade (background within
-- grade) in a last column born; files without it leave the column empty.
ALTER TABLE register_count ADD COLUMN born SMALLINT;
-- Whether a wave's raking used the born_grade margin (the method chapter says which margins).
ALTER TABLE wave_weighting ADD COLUMN background_calibrated BOOLEAN DEFAULT FALSE NOT NULL;
