package annotate

func (a *analyzer) agreements(i int) {}
func (a *analyzer) points(i int)     {}
func (a *analyzer) dates(i int)      {}
func (a *analyzer) quantities(i int) {}
