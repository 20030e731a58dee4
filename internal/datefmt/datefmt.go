// Package datefmt writes dates as a reader reads them, as the charts and
// the site show them: as precisely as they are known, and no more.
package datefmt

import "github.com/caucasus-data/karabakh"

// Long writes d as "10 November 2020", "August 2022" or "2020", and the
// zero Date as "date unknown".
func Long(d karabakh.Date) string { return format(d, "2 January 2006", "January 2006") }

// Short writes d as "10 Nov 2020", "Aug 2022" or "2020", and the zero
// Date as "date unknown".
func Short(d karabakh.Date) string { return format(d, "2 Jan 2006", "Jan 2006") }

func format(d karabakh.Date, day, month string) string {
	t := d.Lower()
	switch d.Precision() {
	case karabakh.PrecisionDay:
		return t.Format(day)
	case karabakh.PrecisionMonth:
		return t.Format(month)
	case karabakh.PrecisionYear:
		return t.Format("2006")
	}
	return "date unknown"
}
