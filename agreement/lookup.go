package agreement

import (
	"iter"
	"slices"
	"strconv"
	"strings"

	"github.com/caucasus-data/karabakh/internal/table"
)

// tables holds the agreements and their points, each in dataset order and
// by ID.
type tables struct {
	agreements *table.Table[ID, Agreement]
	points     *table.Table[PointID, Point]
}

// data builds the tables on first use: nothing is built at import.
var data = table.NewLazy(func() *tables { return index(agreementRecords()) })

func index(ags []Agreement) *tables {
	var points []Point
	for _, a := range ags {
		points = append(points, a.Points.Slice()...)
	}
	return &tables{
		agreements: table.New(ags, func(a Agreement) ID { return a.ID }),
		points:     table.New(points, func(p Point) PointID { return p.ID }),
	}
}

// Get returns the agreement with the given ID. It allocates nothing.
func Get(id ID) (Agreement, bool) {
	a, ok := data.Get().agreements.ByID[id]
	return a, ok
}

// All returns every agreement in order of signature.
func All() iter.Seq[Agreement] { return slices.Values(data.Get().agreements.All) }

// GetPoint returns the point with the given ID. It allocates nothing.
func GetPoint(id PointID) (Point, bool) {
	p, ok := data.Get().points.ByID[id]
	return p, ok
}

// PointOf returns the ID of point n of agreement a. It does not check that
// the point exists.
func PointOf(a ID, n int) PointID { return PointID(string(a) + "#" + strconv.Itoa(n)) }

// Agreement returns the agreement part of a point ID.
func (p PointID) Agreement() ID {
	s := string(p)
	if i := strings.LastIndexByte(s, '#'); i >= 0 {
		return ID(s[:i])
	}
	return ""
}

// Number returns the point number of a point ID, or 0 if it has none.
func (p PointID) Number() int {
	s := string(p)
	i := strings.LastIndexByte(s, '#')
	if i < 0 {
		return 0
	}
	n, err := strconv.Atoi(s[i+1:])
	if err != nil || n < 1 {
		return 0
	}
	return n
}

// ExistsPoint reports whether id names a point.
func ExistsPoint(id PointID) bool { return data.Get().points.Has(id) }

// Exists reports whether id names an agreement.
func Exists(id ID) bool { return data.Get().agreements.Has(id) }
