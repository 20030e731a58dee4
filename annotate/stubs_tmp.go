package annotate

func (a *analyzer) quantities(i int) {}
