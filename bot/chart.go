package bot

import (
	"bytes"
	"fmt"
	"image/color"
	"strconv"

	"github.com/idlibwatch/idlibwatch/alerts"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
)

// maxCharts bounds the panels of a digest chart.
const maxCharts = 6

// Chart draws each headline figure of the digest's events as a panel: the
// lowest and highest figure given by any source over time, the band between
// them being how far the sources disagree. It returns nil when no event has
// a figure to draw.
func Chart(d alerts.Digest) ([]byte, error) {
	type panel struct {
		title string
		f     alerts.FigureRange
	}
	var panels []panel
	for _, e := range d.Events {
		for _, f := range e.Figures {
			if len(panels) < maxCharts && len(f.Series) > 0 {
				panels = append(panels, panel{Truncate(e.Title, 60) + ": " + f.Label, f})
			}
		}
	}
	if len(panels) == 0 {
		return nil, nil
	}
	rows := make([][]*plot.Plot, len(panels))
	for i, p := range panels {
		pl, err := rangePlot(p.title, p.f, d)
		if err != nil {
			return nil, err
		}
		rows[i] = []*plot.Plot{pl}
	}
	width, height := 8*vg.Inch, vg.Length(len(panels))*2.4*vg.Inch
	img := vgimg.New(width, height)
	dc := draw.New(img)
	tiles := draw.Tiles{Rows: len(panels), Cols: 1, PadTop: vg.Millimeter * 2, PadBottom: vg.Millimeter * 2, PadLeft: vg.Millimeter * 2, PadRight: vg.Millimeter * 4, PadY: vg.Millimeter * 4}
	canvases := plot.Align(rows, tiles, dc)
	for i := range rows {
		rows[i][0].Draw(canvases[i][0])
	}
	var buf bytes.Buffer
	if _, err := (vgimg.PngCanvas{Canvas: img}).WriteTo(&buf); err != nil {
		return nil, fmt.Errorf("bot: encode digest chart: %w", err)
	}
	return buf.Bytes(), nil
}

func rangePlot(title string, f alerts.FigureRange, d alerts.Digest) (*plot.Plot, error) {
	p := plot.New()
	p.Title.Text = title
	p.Y.Label.Text = "people"
	p.X.Tick.Marker = plot.TimeTicks{Format: "Jan 2\n15:04"}
	p.Y.Min = 0
	p.Y.Tick.Marker = countTicks{}
	low := make(plotter.XYs, 0, len(f.Series)+1)
	high := make(plotter.XYs, 0, len(f.Series)+1)
	for _, pt := range f.Series {
		x := float64(pt.At.Unix())
		low = append(low, plotter.XY{X: x, Y: float64(pt.Low)})
		high = append(high, plotter.XY{X: x, Y: float64(pt.High)})
	}
	// Carry the last range to the end of the window, so a single report
	// still draws as a line.
	if last := f.Series[len(f.Series)-1]; d.To.After(last.At) {
		low = append(low, plotter.XY{X: float64(d.To.Unix()), Y: float64(last.Low)})
		high = append(high, plotter.XY{X: float64(d.To.Unix()), Y: float64(last.High)})
	}
	hl, hp, err := plotter.NewLinePoints(high)
	if err != nil {
		return nil, fmt.Errorf("bot: chart %s: %w", title, err)
	}
	ll, lp, err := plotter.NewLinePoints(low)
	if err != nil {
		return nil, fmt.Errorf("bot: chart %s: %w", title, err)
	}
	red := color.RGBA{R: 200, G: 40, B: 40, A: 255}
	blue := color.RGBA{R: 40, G: 80, B: 200, A: 255}
	hl.Color, hp.Color = red, red
	ll.Color, lp.Color = blue, blue
	ll.Dashes = []vg.Length{vg.Points(4), vg.Points(3)}
	p.Add(plotter.NewGrid(), hl, hp, ll, lp)
	p.Legend.Add("highest", hl, hp)
	p.Legend.Add("lowest", ll, lp)
	p.Legend.Top = true
	p.Legend.Left = true
	// Headroom above the lines for the legend.
	p.Y.Max = max(p.Y.Max*1.45, 1)
	return p, nil
}

// countTicks marks a count of people in whole numbers ("0, 1, 2", never
// "0.6, 1.2"), at most about six labels.
type countTicks struct{}

func (countTicks) Ticks(lo, hi float64) []plot.Tick {
	step := countStep(hi - lo)
	var ticks []plot.Tick
	for v := int(lo) / step * step; float64(v) <= hi; v += step {
		if float64(v) >= lo {
			ticks = append(ticks, plot.Tick{Value: float64(v), Label: strconv.Itoa(v)})
		}
	}
	return ticks
}

// countStep is the least of 1, 2, 5, 10, 20, 50, … that cuts span into at
// most six steps.
func countStep(span float64) int {
	for m := 1; ; m *= 10 {
		for _, k := range []int{1, 2, 5} {
			if float64(k*m)*6 >= span || m > 1e8 {
				return k * m
			}
		}
	}
}
