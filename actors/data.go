package actors

// records returns every actor: the people, then the states, the
// organisations and the military units.
func records() []Actor {
	return append(append(append(people(), states()...), organisations()...), units()...)
}
