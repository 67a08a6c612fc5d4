-- The release that replaced an observation row, kept at publication, so that the value of a
-- (series, period) as of release N is the row with release_seq <= N < superseded_seq (or no
-- superseded_seq): one index range per series, no correlated MAX per row, and whole flows can be
-- read as one ordered cursor.

ALTER TABLE stat_obs ADD COLUMN superseded_seq BIGINT;

UPDATE stat_obs SET superseded_seq = (
    SELECT MIN(n.release_seq) FROM stat_obs n
    WHERE n.series_id = stat_obs.series_id AND n.time_period = stat_obs.time_period
      AND n.release_seq > stat_obs.release_seq);

-- Series keys and periods are codes: they sort and compare byte by byte (as on SQLite), whatever
-- the database's language collation, so key ranges and the order of answers are the same on both
-- backends and the (flow, key) index serves ORDER BY series_key.
ALTER TABLE stat_series ALTER COLUMN series_key TYPE TEXT COLLATE "C";
ALTER TABLE stat_obs ALTER COLUMN time_period TYPE TEXT COLLATE "C";
ALTER TABLE stat_staged_obs ALTER COLUMN series_key TYPE TEXT COLLATE "C";
ALTER TABLE stat_staged_obs ALTER COLUMN time_period TYPE TEXT COLLATE "C";
ALTER TABLE stat_staged_attr ALTER COLUMN series_key TYPE TEXT COLLATE "C";
