"""GPX and TCX runs, parsed with defusedxml so that entity bombs and DTD tricks are refused.

A GPX 1.1 track gives points (lat, lon, time; heart rate in Garmin's TrackPointExtension): the
distance is the sum of great-circle steps (haversine), the time from first to last point. A TCX
activity gives laps with `TotalTimeSeconds`, `DistanceMeters` and `AverageHeartRateBpm`. Either
becomes one session with a single run set.
"""

import datetime as dt
import math
from collections.abc import Iterable
from itertools import pairwise
from xml.etree.ElementTree import Element
from zoneinfo import ZoneInfo

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import ParseError, fromstring

from app.logbook import rules
from app.logbook.errors import ImportFormatError, LogRuleError
from app.logbook.sessions_in import ImportedSession, RowError, session_date

EARTH_RADIUS_M = 6_371_008.8
"""Mean Earth radius (IUGG), for the haversine distance between track points."""
RUN_EXERCISE = ("easy_run", "Run")


def read_track(data: bytes, today: dt.date, zone: str) -> ImportedSession:
    """The run a GPX or TCX file records, dated in the person's time zone `zone`.

    Raises:
        LogRuleError: For DTDs and entity declarations (billion laughs, external entities).
        ImportFormatError: When the file is not XML, or is neither GPX nor TCX.
        RowError: When it is GPX or TCX but holds no usable run.
    """
    try:
        root = fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as error:
        raise LogRuleError("The file declares a DTD or entities; tracks never need them") from error
    except ParseError as error:
        raise ImportFormatError("Not a CSV, GPX or TCX file") from error
    name = _local(root.tag)
    if name == "gpx":
        return _gpx(root, (today, zone))
    if name == "TrainingCenterDatabase":
        return _tcx(root, (today, zone))
    raise ImportFormatError("XML, but neither GPX nor TCX")


def _local(tag: str) -> str:
    """A tag without its namespace."""
    return tag.rsplit("}", 1)[-1]


def _children(element: Element, name: str) -> Iterable[Element]:
    """Descendants called `name`, whatever their namespace."""
    return (child for child in element.iter() if _local(child.tag) == name)


def _first_text(element: Element, name: str) -> str | None:
    """The text of the first descendant called `name`."""
    found = next(iter(_children(element, name)), None)
    return found.text.strip() if found is not None and found.text else None


def _gpx(root: Element, when: tuple[dt.date, str]) -> ImportedSession:
    """A GPX track: distance along its points, time from first to last, mean heart rate."""
    points: list[tuple[float, float, dt.datetime | None]] = []
    rates: list[float] = []
    for point in _children(root, "trkpt"):
        try:
            lat, lon = float(point.attrib["lat"]), float(point.attrib["lon"])
        except (KeyError, ValueError) as error:
            raise RowError("a track point has no valid lat and lon") from error
        stamp = _first_text(point, "time")
        points.append((lat, lon, _time(stamp) if stamp else None))
        rate = _first_text(point, "hr")
        if rate:
            rates.append(float(rate))
    times = [stamp for _, _, stamp in points if stamp is not None]
    if len(points) < 2 or len(times) < 2:
        raise RowError("the track needs at least two timed points")
    metres = sum(_haversine(a[:2], b[:2]) for a, b in pairwise(points))
    seconds = (times[-1] - times[0]).total_seconds()
    title = _first_text(root, "name") or "Run"
    return _run(("gpx", title[:100]), times[0], (metres, seconds), rates, when)


def _tcx(root: Element, when: tuple[dt.date, str]) -> ImportedSession:
    """A TCX activity: its laps' time, distance and heart rate, added up."""
    laps = list(_children(root, "Lap"))
    if not laps:
        raise RowError("the activity has no laps")
    start = _time(laps[0].attrib.get("StartTime") or _first_text(root, "Id") or "")
    metres = seconds = 0.0
    rates: list[float] = []
    for lap in laps:
        try:
            seconds += float(_first_text(lap, "TotalTimeSeconds") or 0)
            metres += float(_first_text(lap, "DistanceMeters") or 0)
        except ValueError as error:
            raise RowError("a lap's time or distance is not a number") from error
        average = next(iter(_children(lap, "AverageHeartRateBpm")), None)
        value = _first_text(average, "Value") if average is not None else None
        if value:
            rates.append(float(value))
    return _run(("tcx", "Run"), start, (metres, seconds), rates, when)


def _run(
    source_title: tuple[str, str],
    start: dt.datetime,
    distance_time: tuple[float, float],
    rates: list[float],
    when: tuple[dt.date, str],
) -> ImportedSession:
    """The session of one run, dated in the person's zone and checked against the bounds."""
    source, title = source_title
    metres, seconds = distance_time
    if not 0 < metres <= rules.MAX_DISTANCE_M or not 0 < seconds <= rules.MAX_DURATION_S:
        raise RowError("the run's distance or time is out of bounds")
    heart_rate = round(sum(rates) / len(rates)) if rates else None
    if heart_rate is not None and not rules.HEART_RATE[0] <= heart_rate <= rules.HEART_RATE[1]:
        heart_rate = None
    today, zone = when
    local = start.astimezone(ZoneInfo(zone)) if start.tzinfo else start
    session = ImportedSession(source, start.isoformat(), session_date(local, today), title)
    session.duration_min = round(seconds / 60)
    exercise_id, name = RUN_EXERCISE
    session.add_set(
        name,
        exercise_id,
        {
            "reps": None,
            "weight_kg": None,
            "rpe": None,
            "duration_s": round(seconds),
            "distance_m": round(metres),
            "avg_hr": heart_rate,
        },
    )
    return session


def _time(value: str) -> dt.datetime:
    """An ISO 8601 time as in GPX and TCX ("2026-11-28T07:30:00Z").

    Raises:
        RowError: When it is not one.
    """
    try:
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as error:
        raise RowError("a time is not ISO 8601") from error


def _haversine(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Metres between two (lat, lon) points on a sphere of the Earth's mean radius."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * EARTH_RADIUS_M * math.asin(math.sqrt(h))
