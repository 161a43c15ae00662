-- PLACEHOLDER on branch inbox-media only: migration numbers 0008-0010 belong to branches being written at the same
-- time; the migrator needs 1..n without gaps, so this empty step holds the number until they are merged.
-- At merge: delete this file (and its line in core/CMakeLists.txt) in favour of the other branch's 0009_*.sql.
SELECT 1;
