package agreement

// followUpRecords returns the documents that followed the 2020 statement,
// in order of signature.
func followUpRecords() []Agreement { return nil }
