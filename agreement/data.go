package agreement

func agreementRecords() []Agreement { return nil }

func placeRecords() []Place { return nil }
