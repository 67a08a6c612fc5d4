-- The release that replaced an observation row, kept at publication, so that the value of a
-- (series, period) as of release N is the row with release_seq <= N < superseded_seq (or no
-- superseded_seq): one index range per series, no correlated MAX per row, and whole flows can be
-- read as one ordered cursor.

ALTER TABLE stat_obs ADD COLUMN superseded_seq BIGINT;

UPDATE stat_obs SET superseded_seq = (
    SELECT MIN(n.release_seq) FROM stat_obs n
    WHERE n.series_id = stat_obs.series_id AND n.time_period = stat_obs.time_period
      AND n.release_seq > stat_obs.release_seq);
