"""Export and import of the log (Strong, Hevy, GPX, TCX) and the private calendar feed."""

import csv
import io
import logging
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from fastapi.testclient import TestClient
from icalendar import Calendar
from sqlalchemy.orm import Session

from app.logs import RedactFeedSecrets
from tests.factories import onboard, row_counts

TODAY = datetime.now(UTC).date()
DAY = (TODAY - timedelta(days=3)).isoformat()
STRONG = (
    "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,"
    "Workout Notes,RPE\n"
    f"{DAY} 18:00:00,Leg day,1h 5m,Squat (Barbell),W,40,10,0,0,,,\n"
    f"{DAY} 18:00:00,Leg day,1h 5m,Squat (Barbell),1,100,5,0,0,,felt good,8\n"
    f"{DAY} 18:00:00,Leg day,1h 5m,Squat (Barbell),2,100,five,0,0,,,\n"
    f"{DAY} 18:00:00,Leg day,1h 5m,Leg Press,1,180,10,0,0,,,\n"
    f"{DAY} 07:00:00,Run,30m,Running,1,0,0,5.2,1620,,,\n"
    f"2150-01-01 07:00:00,Run,30m,Running,1,0,0,5,1500,,,\n"
    f"{DAY} 09:00:00,Arms,,Curl,1,-20,10,0,0,,,\n"
)
HEVY = (
    '"title","start_time","end_time","description","exercise_title","superset_id",'
    '"exercise_notes","set_index","set_type","weight_kg","reps","distance_km",'
    '"duration_seconds","rpe"\n'
    '"Push","9 Aug 2026, 18:47","9 Aug 2026, 19:47","","Bench Press (Barbell)","","",0,'
    '"warmup",40,10,,,\n'
    '"Push","9 Aug 2026, 18:47","9 Aug 2026, 19:47","","Bench Press (Barbell)","","",1,'
    '"normal",80,5,,,9\n'
    '"Push","9 Aug 2026, 18:47","9 Aug 2026, 19:47","","Bench Press (Barbell)","","",2,'
    '"normal",80,5,,,12\n'
)
GPX = f"""<?xml version="1.0" encoding="UTF-8"?>
<gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1"
 xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v1">
<trk><name>Morning run</name><trkseg>
<trkpt lat="52.5200" lon="13.4050"><time>{DAY}T07:00:00Z</time>
<extensions><gpxtpx:TrackPointExtension><gpxtpx:hr>140</gpxtpx:hr></gpxtpx:TrackPointExtension>
</extensions></trkpt>
<trkpt lat="52.5290" lon="13.4050"><time>{DAY}T07:05:00Z</time>
<extensions><gpxtpx:TrackPointExtension><gpxtpx:hr>150</gpxtpx:hr></gpxtpx:TrackPointExtension>
</extensions></trkpt>
</trkseg></trk></gpx>"""
TCX = f"""<?xml version="1.0"?>
<TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2">
<Activities><Activity Sport="Running"><Id>{DAY}T06:00:00Z</Id>
<Lap StartTime="{DAY}T06:00:00Z"><TotalTimeSeconds>1500</TotalTimeSeconds>
<DistanceMeters>5000</DistanceMeters><AverageHeartRateBpm><Value>155</Value>
</AverageHeartRateBpm></Lap></Activity></Activities></TrainingCenterDatabase>"""
BOMB = """<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;">]>
<gpx><trk><name>&lol2;</name></trk></gpx>"""


def upload(client: TestClient, headers: dict[str, str], name: str, data: str | bytes) -> Any:
    content = data.encode() if isinstance(data, str) else data
    return client.post("/api/v1/logs/import", files={"file": (name, content)}, headers=headers)


def test_strong_import_reports_bad_rows_and_is_idempotent(client: TestClient) -> None:
    _, headers = onboard(client)
    first = upload(client, headers, "strong.csv", STRONG)
    assert first.status_code == 200, first.text
    report = first.json()
    assert (report["imported"], report["skipped"]) == (2, 0)
    assert [e["line"] for e in report["errors"]] == [4, 7, 8]
    assert "Reps" in report["errors"][0]["reason"]
    again = upload(client, headers, "strong.csv", STRONG).json()
    assert (again["imported"], again["skipped"]) == (0, 2)
    logs = client.get("/api/v1/logs", headers=headers).json()["items"]
    leg_day = next(log for log in logs if log["title"] == "Leg day")
    assert leg_day["duration_min"] == 65
    assert leg_day["notes"] == "felt good"
    squat = leg_day["entries"][0]
    assert squat["exercise_id"] == "back_squat"
    assert squat["sets"] == [
        {
            "reps": 5,
            "weight_kg": 100.0,
            "rpe": 8.0,
            "duration_s": 0,
            "distance_m": 0,
            "avg_hr": None,
            "pace_s_per_km": None,
        }
    ]
    run = next(log for log in logs if log["title"] == "Run")
    assert run["entries"][0]["sets"][0]["distance_m"] == 5200


def test_unreadable_csv_rows_are_reported_not_a_crash(client: TestClient) -> None:
    _, headers = onboard(client)
    header, first = STRONG.splitlines()[:3:2]
    huge = f'{DAY} 18:00:00,Leg day,1h,"{"x" * 200_000}",1,100,5,0,0,,,\n'
    report = upload(client, headers, "strong.csv", f"{header}\n{first}\n{huge}").json()
    assert report["imported"] == 1
    assert report["errors"] == [{"line": 3, "reason": "the row cannot be read as CSV"}]


def test_semicolon_strong_files_are_read(client: TestClient) -> None:
    _, headers = onboard(client)
    text = STRONG.replace(",", ";")
    assert upload(client, headers, "strong.csv", text).json()["imported"] == 2


def test_hevy_import(client: TestClient) -> None:
    _, headers = onboard(client)
    report = upload(client, headers, "hevy.csv", HEVY).json()
    assert report["imported"] == 1
    assert report["errors"] == [{"line": 4, "reason": "rpe must be between 1 and 10"}]
    (log,) = client.get("/api/v1/logs", headers=headers).json()["items"]
    assert log["duration_min"] == 60
    assert log["entries"][0]["exercise_id"] == "bench_press"
    assert len(log["entries"][0]["sets"]) == 1


def test_a_track_is_dated_in_the_persons_time_zone(client: TestClient) -> None:
    _, headers = onboard(client, timezone="Pacific/Kiritimati")  # UTC+14
    late = GPX.replace("T07:00:00Z", "T20:00:00Z").replace("T07:05:00Z", "T20:05:00Z")
    assert upload(client, headers, "run.gpx", late).json()["imported"] == 1
    (log,) = client.get("/api/v1/logs", headers=headers).json()["items"]
    assert log["date"] == (TODAY - timedelta(days=2)).isoformat()


def test_gpx_and_tcx_runs(client: TestClient) -> None:
    _, headers = onboard(client)
    assert upload(client, headers, "run.gpx", GPX).json()["imported"] == 1
    assert upload(client, headers, "run.gpx", GPX).json()["skipped"] == 1
    assert upload(client, headers, "run.tcx", TCX).json()["imported"] == 1
    logs = client.get("/api/v1/logs", headers=headers).json()["items"]
    runs = {log["source"]: log["entries"][0]["sets"][0] for log in logs}
    assert 990 <= runs["gpx"]["distance_m"] <= 1010  # 0.009 degrees of latitude
    assert (runs["gpx"]["duration_s"], runs["gpx"]["avg_hr"]) == (300, 145)
    assert runs["tcx"] == {
        "reps": None,
        "weight_kg": None,
        "rpe": None,
        "duration_s": 1500,
        "distance_m": 5000,
        "avg_hr": 155,
        "pace_s_per_km": 300,
    }


@pytest.mark.parametrize(
    ("name", "data", "status"),
    [
        ("bomb.gpx", BOMB, 422),
        ("run.gpx", "this is not xml <at all", 415),
        ("run.gpx", b"\x89PNG\r\n\x1a\n\x00\x00", 415),
        ("notes.csv", "a,b,c\n1,2,3\n", 415),
        ("page.xml", "<html><body>hi</body></html>", 415),
        ("empty.gpx", '<gpx xmlns="http://www.topografix.com/GPX/1/1"></gpx>', 422),
        ("broken.gpx", "<gpx><trk><trkpt lat='x'", 415),
    ],
)
def test_unusable_files_store_nothing(
    client: TestClient, db: Session, name: str, data: str | bytes, status: int
) -> None:
    _, headers = onboard(client)
    before = row_counts(db)
    assert upload(client, headers, name, data).status_code == status
    assert row_counts(db) == before


def test_imports_are_capped_at_20_mb(client: TestClient, db: Session) -> None:
    _, headers = onboard(client)
    before = row_counts(db)
    big = STRONG + "x" * (20 * 1024 * 1024)
    assert upload(client, headers, "big.csv", big).status_code == 413
    assert row_counts(db) == before
    other = client.post(
        "/api/v1/logs", json={"date": DAY, "notes": "x" * 2_000_000}, headers=headers
    )
    assert other.status_code == 413


def test_export_is_strong_csv_and_reimports_as_the_same_sessions(client: TestClient) -> None:
    _, headers = onboard(client)
    entries = [
        {
            "exercise_id": "back_squat",
            "name": "Back squat",
            "sets": [{"reps": 5, "weight_kg": 102.5, "rpe": 8}, {"reps": 5, "weight_kg": 100}],
        },
        {"name": "Run", "sets": [{"distance_m": 5000, "duration_s": 1500}]},
    ]
    client.post(
        "/api/v1/logs",
        json={"date": DAY, "title": "Mixed", "notes": "windy", "entries": entries},
        headers=headers,
    )
    response = client.get("/api/v1/logs/export.csv", headers=headers)
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.text)))
    assert rows[0] == [
        "Date",
        "Workout Name",
        "Exercise Name",
        "Set Order",
        "Weight",
        "Reps",
        "Distance",
        "Seconds",
        "RPE",
        "Notes",
    ]
    assert rows[1] == [
        f"{DAY} 00:00:00",
        "Mixed",
        "Back squat",
        "1",
        "102.5",
        "5",
        "",
        "",
        "8",
        "windy",
    ]
    assert rows[3] == [f"{DAY} 00:00:00", "Mixed", "Run", "1", "", "", "5", "1500", "", ""]
    _, other = onboard(client)
    report = upload(client, other, "export.csv", response.text).json()
    assert report == {"imported": 1, "skipped": 0, "errors": []}


def test_feed_is_private_stable_and_revocable(client: TestClient) -> None:
    _, headers = onboard(client, sport="gym", days_per_week=3)
    body = {"duration_weeks": 2, "start_date": (TODAY - timedelta(days=7)).isoformat()}
    client.post("/api/v1/plans", json=body, headers=headers)
    url = client.get("/api/v1/calendar/feed", headers=headers).json()["url"]
    assert client.get("/api/v1/calendar/feed", headers=headers).json()["url"] == url
    first = client.get(url)
    assert first.status_code == 200
    assert first.headers["content-type"].startswith("text/calendar")
    events = Calendar.from_ical(first.content).walk("VEVENT")
    assert len(events) == 6
    uids = [str(event["UID"]) for event in events]
    assert len(set(uids)) == 6
    again = Calendar.from_ical(client.get(url).content).walk("VEVENT")
    assert [str(event["UID"]) for event in again] == uids
    assert client.delete("/api/v1/calendar/feed", headers=headers).status_code == 204
    assert client.get(url).status_code == 404
    assert client.get("/api/v1/calendar/feed", headers=headers).json()["url"] != url
    assert client.get("/api/v1/calendar/feed/not-a-secret.ics").status_code == 404


def test_feed_secrets_never_reach_the_log() -> None:
    record = logging.LogRecord(
        "uvicorn.access",
        logging.INFO,
        __file__,
        1,
        '%s - "%s %s HTTP/%s" %d',
        ("127.0.0.1:5000", "GET", "/api/v1/calendar/feed/s3cr3t-value.ics", "1.1", 200),
        None,
    )
    assert RedactFeedSecrets().filter(record)
    assert "s3cr3t" not in record.getMessage()
    assert "/api/v1/calendar/feed/" in record.getMessage()
