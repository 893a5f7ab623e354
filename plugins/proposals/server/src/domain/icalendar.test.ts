import { describe, expect, it } from 'vitest';
import { councilCalendar, escapeText, foldLine, utcStamp } from './icalendar';

const meeting = {
  uid: 'abc123@denkmee.lokeren.be',
  title: 'Gemeenteraad',
  startsAt: new Date('2026-03-23T19:00:00Z'),
  endsAt: null,
  location: 'Stadhuis, Markt 2, Lokeren',
  description: 'Agenda:\n1. Burgervoorstel: Een fietsstraat in de Kerkstraat; meer bomen',
  url: 'https://denkmee.lokeren.be/gemeenteraad',
  updatedAt: new Date('2026-03-01T08:30:00Z'),
};

describe('iCalendar feed', () => {
  const feed = councilCalendar({
    name: 'Gemeenteraad Lokeren',
    productId: '-//Denkmee//Gemeenteraad//NL',
    meetings: [meeting],
  });

  it('is a calendar with CRLF line ends and one event per meeting', () => {
    expect(feed.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(feed.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(feed.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(feed.split('\r\n').every((line) => !line.includes('\n'))).toBe(true);
  });

  it('writes times in UTC and gives a meeting without end three hours', () => {
    expect(feed).toContain('DTSTART:20260323T190000Z');
    expect(feed).toContain('DTEND:20260323T220000Z');
    expect(utcStamp(new Date('2026-12-31T23:59:59.999Z'))).toBe('20261231T235959Z');
  });

  it('escapes commas, semicolons, backslashes and newlines in text', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
    expect(feed).toContain('LOCATION:Stadhuis\\, Markt 2\\, Lokeren');
  });

  it('folds long lines at 75 octets without splitting characters', () => {
    const folded = foldLine(`DESCRIPTION:${'é'.repeat(100)}`);
    const encoder = new TextEncoder();
    for (const [index, piece] of folded.split('\r\n').entries()) {
      expect(encoder.encode(piece).length).toBeLessThanOrEqual(75);
      if (index > 0) expect(piece.startsWith(' ')).toBe(true);
    }
    expect(
      folded
        .split('\r\n')
        .map((piece, index) => (index === 0 ? piece : piece.slice(1)))
        .join(''),
    ).toBe(`DESCRIPTION:${'é'.repeat(100)}`);
  });
});
