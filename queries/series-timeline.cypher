// name: series-timeline
// description: The events of a series in ordinal order, with their dates, the days since the previous event and the editions missing from the graph.
// param: series STRING = "series:china-russia-media-forum" — id of the EventSeries
//
// gap_days is the number of days since the previous event of the series in
// the graph (null when either date is unknown); missing_before lists the
// ordinals between the previous event and this one that the graph lacks.
MATCH (s:EventSeries {id: $series})<-[:PART_OF]-(e:Event)
WITH s, e ORDER BY e.ordinal, e.date
WITH s, collect(e) AS events
UNWIND range(0, size(events) - 1) AS i
WITH s, events[i] AS e, CASE WHEN i > 0 THEN events[i - 1] END AS prev
RETURN s.name AS series, e.ordinal AS ordinal, e.date AS date, e.id AS event, e.name AS name,
       CASE WHEN prev IS NOT NULL AND prev.date IS NOT NULL AND e.date IS NOT NULL
            THEN duration.inDays(prev.date, e.date).days END AS gap_days,
       CASE WHEN prev IS NOT NULL AND e.ordinal IS NOT NULL AND prev.ordinal IS NOT NULL
            THEN range(prev.ordinal + 1, e.ordinal - 1) ELSE [] END AS missing_before
ORDER BY ordinal
