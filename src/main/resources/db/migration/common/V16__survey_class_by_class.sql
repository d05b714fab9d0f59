-- Reading a wave joins each answer to its class on (wave, class_id); with only the index on
-- (wave, file_id) H2 tested every class of the wave for every answer (about 600 x 14 000 per
-- full-size wave: most of the estimate step's reading). One lookup per answer instead.
CREATE INDEX survey_class_class ON survey_class (wave, class_id);
