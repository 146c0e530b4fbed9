module github.com/kgnews/kg/bench/compare/gocompare

go 1.26.8

require (
	github.com/jdkato/prose/v2 v2.0.0
	github.com/olebedev/when v1.1.0
)

require (
	github.com/AlekSi/pointer v1.0.0 // indirect
	github.com/deckarep/golang-set v1.7.1 // indirect
	github.com/mingrammer/commonregex v1.0.1 // indirect
	github.com/pkg/errors v0.8.1 // indirect
	gonum.org/v1/gonum v0.7.0 // indirect
	gopkg.in/neurosnap/sentences.v1 v1.0.6 // indirect
)
