package src

var publishers = map[string]string{}
