#!/usr/bin/env python3
"""Checks `sameside map export --format ics` with an independent iCalendar parser (PyPI `icalendar`).

Usage: scripts/check-ics.py SAMESIDE_BINARY

For every open deal of the demo pipeline that has dated steps, the customer's calendar must:
  - parse with `icalendar`, with CRLF line ends and no physical line over 75 octets;
  - hold one all-day event per dated, non-internal step, on the step's due date (DTEND the day after),
    with a DTSTAMP in UTC and a UID unique to the step; internal steps never appear.
Then one step of each deal is moved by a week with a recorded due-date change, and the export again must
keep every UID, carry the new date, raise that event's SEQUENCE by one and leave the others' alone.
Prints 'N passed, N failed' and exits 1 on any failure.
"""

import datetime
import json
import os
import subprocess
import sys
import tempfile

try:
    import icalendar
except ImportError:
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "icalendar"], check=True)
    import icalendar

failures = []
passed = 0


def check(condition, message):
    global passed
    if condition:
        passed += 1
    else:
        failures.append(message)


def export(binary, pipeline, deal):
    out = subprocess.run(
        [binary, "map", "export", pipeline, "--deal", deal, "--format", "ics"],
        check=True, capture_output=True)
    return out.stdout


def events(raw, label):
    text = raw.decode("utf-8")
    check(text.endswith("\r\n"), f"{label}: does not end with CRLF")
    physical = raw.split(b"\r\n")
    check(all(len(line) <= 75 for line in physical), f"{label}: a line is longer than 75 octets")
    check(b"\n" not in raw.replace(b"\r\n", b""), f"{label}: a bare LF")
    calendar = icalendar.Calendar.from_ical(text)
    found = {}
    for event in calendar.walk("VEVENT"):
        uid = str(event["UID"])
        check(uid not in found, f"{label}: UID {uid} repeats")
        stamp = event["DTSTAMP"].dt
        check(isinstance(stamp, datetime.datetime) and stamp.utcoffset() == datetime.timedelta(0),
              f"{label}: DTSTAMP of {uid} is not a UTC date-time")
        start, end = event["DTSTART"].dt, event["DTEND"].dt
        check(type(start) is datetime.date, f"{label}: DTSTART of {uid} is not an all-day date")
        check(end == start + datetime.timedelta(days=1), f"{label}: DTEND of {uid} is not the next day")
        found[uid] = {"summary": str(event["SUMMARY"]), "start": start, "sequence": int(event.get("SEQUENCE", 0))}
    return found


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    binary = sys.argv[1]
    work = tempfile.mkdtemp()
    pipeline_path = os.path.join(work, "demo.pipeline.json")
    subprocess.run([binary, "demo", "--write", pipeline_path], check=True, capture_output=True)
    with open(pipeline_path, encoding="utf-8") as handle:
        pipeline = json.load(handle)

    deals = [d for d in pipeline["opportunities"]
             if d.get("status", "open") == "open"
             and any("due" in s and not s.get("internal") for s in d.get("buyingProcess", []))]
    check(len(deals) >= 3, "the demo has fewer than 3 open deals with dated steps")
    first = {}
    for deal in deals:
        label = deal["id"]
        found = events(export(binary, pipeline_path, deal["id"]), label)
        first[deal["id"]] = found
        expected = [s for s in deal["buyingProcess"] if "due" in s and not s.get("internal")]
        check(len(found) == len(expected), f"{label}: {len(found)} events for {len(expected)} dated customer steps")
        by_title = {e["summary"]: e for e in found.values()}
        for step in expected:
            event = by_title.get(step["title"])
            check(event is not None and event["start"] == datetime.date.fromisoformat(step["due"]),
                  f"{label}: step {step['id']} is not on {step['due']}")
        for step in deal["buyingProcess"]:
            if step.get("internal"):
                check(step["title"] not in by_title, f"{label}: internal step {step['id']} was exported")

    # Move the first dated customer step of each deal by a week, as the app records it.
    moved = {}
    for deal in deals:
        step = next(s for s in deal["buyingProcess"] if "due" in s and not s.get("internal"))
        old = datetime.date.fromisoformat(step["due"])
        new = old + datetime.timedelta(days=7)
        step["due"] = new.isoformat()
        step.setdefault("dueChanges", []).append(
            {"from": old.isoformat(), "to": new.isoformat(), "changedOn": pipeline["asOf"], "movedBy": "customer",
             "reason": "waiting-on-third-party"})
        moved[deal["id"]] = (step["title"], new)
    with open(pipeline_path, "w", encoding="utf-8") as handle:
        json.dump(pipeline, handle)

    for deal in deals:
        label = deal["id"] + " (after a date change)"
        again = events(export(binary, pipeline_path, deal["id"]), label)
        before = first[deal["id"]]
        check(set(again) == set(before), f"{label}: the UIDs changed")
        title, new = moved[deal["id"]]
        for uid, event in again.items():
            if event["summary"] == title:
                check(event["start"] == new, f"{label}: the moved step is not on {new}")
                check(event["sequence"] == before[uid]["sequence"] + 1, f"{label}: SEQUENCE did not rise by one")
            else:
                check(event["sequence"] == before[uid]["sequence"], f"{label}: SEQUENCE of an unmoved step changed")

    for failure in failures:
        print("FAIL: " + failure)
    print(f"ics: {passed} passed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
