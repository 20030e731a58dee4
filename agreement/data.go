package agreement

// agreementRecords returns every agreement in order of signature: the
// statement of 10 November 2020, then the documents that followed it.
func agreementRecords() []Agreement {
	return append(statement2020Records(), followUpRecords()...)
}
