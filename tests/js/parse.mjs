// Parse an iCalendar feed (stdin) with Mozilla ical.js and print, as JSON,
// what it saw: per VEVENT the UID, SUMMARY, DTSTART (value and type), the
// end (from DTEND or DURATION) and the number of ATTENDEE properties. Every VTIMEZONE of the feed is
// registered first, so zoned times resolve. tests/ics/test_compat.py compares this
// with what the Python parsers see.
import ICAL from "ical.js";

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const text = Buffer.concat(chunks).toString("utf8");

const calendar = new ICAL.Component(ICAL.parse(text));
for (const vtimezone of calendar.getAllSubcomponents("vtimezone")) {
  ICAL.TimezoneService.register(vtimezone);
}
const events = calendar.getAllSubcomponents("vevent").map((vevent) => {
  const start = vevent.getFirstProperty("dtstart");
  const value = start.getFirstValue();
  return {
    uid: vevent.getFirstPropertyValue("uid"),
    summary: vevent.getFirstPropertyValue("summary"),
    start: value.toString(),
    start_type: start.type,
    // Seconds since the epoch for a DATE-TIME, resolved through the feed's VTIMEZONEs.
    start_epoch: start.type === "date-time" ? value.toUnixTime() : null,
    end_epoch: start.type === "date-time" ? new ICAL.Event(vevent).endDate.toUnixTime() : null,
    tzid: start.getParameter("tzid") ?? null,
    attendees: vevent.getAllProperties("attendee").length,
  };
});
process.stdout.write(JSON.stringify({ name: calendar.getFirstPropertyValue("x-wr-calname"), events }));
