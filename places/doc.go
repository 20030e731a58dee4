// Package places holds the districts, towns, villages, corridors, regions and
// countries that the statement of 10 November 2020, the documents that
// followed it and the dated events name. A contested place carries every
// side's names, each with its language and usage; none is treated as the
// real one:
//
//	id, _ := places.Lookup("Khankendi") // places.Stepanakert, as for Ստեփանակերտ and Xankəndi
//	p, _ := places.Get(id)
//	for n := range p.Names.LabelsIn(language.Armenian) { ... }
//
// A place that a stored page locates has [Coordinates] (WGS 84), each
// version with its precision and a quote of the coordinate string;
// [Place.Location] gives the preferred one:
//
//	if c, ok := p.Location(); ok { fmt.Println(c.Lat, c.Lon, c.Precision) }
//
// Every place has an exported [ID] constant. Records are returned by value
// and hold their collections as read-only [karabakh.List] values. The data
// is built on first use, not at import.
package places
