package agreement

import "slices"

// agreementRecords returns every agreement in order of signature: the
// statement of 10 November 2020, then the documents that followed it.
func agreementRecords() []Agreement {
	return append(statement2020Records(), followUpRecords()...)
}

// placeRecords returns every place: the core places, then those only the
// timeline's events name.
func placeRecords() []Place {
	return slices.Concat(corePlaces(), followUpPlaces(), timelinePlacesEarly(), timelinePlacesLate())
}
