// Package site writes the record as a static web site: HTML and CSS, with
// no server and no script needed to read it, so that a journalist can open
// it from disk or host it anywhere. The command karabakh site writes it:
//
//	karabakh site -out DIR
//
// It holds, all in one directory and linked by relative addresses:
//
//	index.html              the statement: its titles, parties, the charts of package charts, every
//	                        point with each text (marked for how much of the original it holds) and its
//	                        obligations, and every deadline with how its date follows from the text and
//	                        its status as of the dataset's date
//	point-1.html …          a page per point: its history on the Peace Accords Matrix scale with the
//	                        evidence, its obligations and what became of them, the later documents that
//	                        take it up, the misstatements about it, every event that bears on it
//	timeline.html           every event; timeline-2020.html, timeline-handover.html,
//	                        timeline-2020-handover.html … narrow it by year and kind through plain links
//	actors.html             people and bodies, places.html places, each with every name in every
//	                        language (and, for contested places, whose usage each is)
//	corrections.html        the register of misstatements, with verdicts and corrections
//	agreements.html         the statements that followed
//	style.css, *.svg        the stylesheet (light and dark) and the charts as files of their own
//
// Every fact links to its sources. Every record has an anchor named after
// its ID (the ID itself in the id attribute, percent-encoded in links), so
// that others can link to it: index.html#statement-2020-11-10-return-kalbajar,
// timeline.html#2020-11-20-aghdam-handover, point-6.html#statement-2020-11-10%236@2020-11-15
// for an observation, which has no ID of its own. Labels are English; each
// record's names and texts are shown in all their languages, marked with
// their lang. Pages are made with html/template, so that every string from
// the data is escaped.
package site
