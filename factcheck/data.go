package factcheck

func records() []Correction { return nil }
