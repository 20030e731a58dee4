package site

import (
	"bytes"
	"context"
	"fmt"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/caucasus-data/karabakh/agreement"
	"github.com/caucasus-data/karabakh/implementation"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// TestInBrowser opens every page of the site from disk in headless
// Chromium, as a reader would, and fails on any console error, uncaught
// exception or resource that does not load. It takes screenshots of the
// statement's page and of a point's page, in the light and the dark theme,
// and checks that they are not blank and that the page's text is in the
// DOM.
//
// It runs only where KARABAKH_CHROMIUM names the browser, as .ci/run sets
// it. It opens the site in KARABAKH_SITE if set (.ci/run writes it there
// with karabakh site), else one it writes; the screenshots and DOM dumps go
// to KARABAKH_ARTIFACTS, if set.
func TestInBrowser(t *testing.T) {
	bin := os.Getenv("KARABAKH_CHROMIUM")
	if bin == "" {
		t.Skip("KARABAKH_CHROMIUM is not set; .ci/run sets it to the chromium it installs")
	}
	artifacts := os.Getenv("KARABAKH_ARTIFACTS")
	if artifacts == "" {
		artifacts = t.TempDir()
	} else if err := os.MkdirAll(artifacts, 0o755); err != nil {
		t.Fatal(err)
	}
	dir := os.Getenv("KARABAKH_SITE")
	if dir == "" {
		dir = filepath.Join(t.TempDir(), "site")
		if err := Write(dir); err != nil {
			t.Fatal(err)
		}
	}

	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	ctx, cancel = chromedp.NewExecAllocator(ctx,
		chromedp.ExecPath(bin), chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun,
		chromedp.Flag("disable-quic", true), chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true), chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()), chromedp.WindowSize(1280, 1600))
	defer cancel()
	ctx, cancel = chromedp.NewContext(ctx)
	defer cancel()

	// The pages are opened in a few tabs at once, each reading its console
	// on a goroutine of its own and filing each error under the page it
	// had open.
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("starting %s: %v", bin, err)
	}
	// A page with an error of each kind the check looks for shows that it
	// sees them.
	const canary = "zz-canary.html"
	canaryPage := `<!DOCTYPE html><title>canary</title><link rel="stylesheet" href="no-such.css"><script>console.error("canary")</script>`
	canaryDir := t.TempDir()
	if err := os.WriteFile(filepath.Join(canaryDir, canary), []byte(canaryPage), 0o644); err != nil {
		t.Fatal(err)
	}
	names := []string{filepath.Join(canaryDir, canary)}
	for _, f := range files(t) {
		if ext := filepath.Ext(f.Name); ext == ".html" || ext == ".svg" {
			names = append(names, filepath.Join(dir, f.Name))
		}
	}
	start := time.Now()
	var mu sync.Mutex
	var problems []string
	var wg sync.WaitGroup
	const tabs = 2
	for w := range tabs {
		wg.Go(func() {
			tab, cancel := chromedp.NewContext(ctx)
			defer cancel()
			var current string
			var tabMu sync.Mutex
			messages := chromedp.Console(tab)
			go func() {
				for m, err := range messages {
					if err != nil {
						return
					}
					switch m.Type {
					case chromedp.ConsoleError, chromedp.ConsoleException, "assert":
						tabMu.Lock()
						page := current
						tabMu.Unlock()
						// A message may arrive after the tab has moved on to
						// the next page; one whose address is in the canary's
						// folder is the canary's, whenever it comes.
						if strings.HasPrefix(m.URL, "file://"+canaryDir+"/") {
							page = filepath.Join(canaryDir, canary)
						}
						p := fmt.Sprintf("%s: console %s: %s %s", page, m.Type, m.Text, m.URL)
						mu.Lock()
						problems = append(problems, p)
						mu.Unlock()
					}
				}
			}()
			for i := w; i < len(names); i += tabs {
				tabMu.Lock()
				current = names[i]
				tabMu.Unlock()
				if err := chromedp.Do(tab, chromedp.Navigate("file://"+names[i])); err != nil {
					mu.Lock()
					problems = append(problems, fmt.Sprintf("%s: %v", names[i], err))
					mu.Unlock()
				}
			}
			// Let the last messages arrive.
			chromedp.Do(tab, chromedp.Sleep(200*time.Millisecond))
		})
	}
	wg.Wait()
	canaries := 0
	for _, p := range problems {
		if strings.HasPrefix(p, filepath.Join(canaryDir, canary)+":") {
			canaries++
			continue
		}
		t.Error(p)
	}
	if canaries < 2 {
		t.Errorf("the check saw %d of the canary page's two errors (a console.error and a missing stylesheet); it cannot be trusted", canaries)
	}
	t.Logf("opened %d pages and charts in %d tabs in %s", len(names)-1, tabs, time.Since(start).Round(time.Millisecond))

	s, _ := agreement.Get(agreement.Statement2020)
	p1, _ := agreement.StatementPoint(1)
	var first string
	for o := range implementation.History(p1.ID) {
		first = o.Summary
		break
	}
	for _, c := range []struct {
		page string
		text []string // what the DOM must hold
	}{
		{statementPage, []string{s.Titles.English(), p1.Summary, "Deadlines, as of"}},
		{pointPage(1), []string{p1.Summary, "History", first}},
	} {
		for _, scheme := range []string{"light", "dark"} {
			_, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: scheme}}})
			if err == nil {
				err = chromedp.Do(ctx, chromedp.Navigate("file://"+filepath.Join(dir, c.page)))
			}
			var shot []byte
			if err == nil {
				shot, err = chromedp.Run(ctx, chromedp.CaptureScreenshot())
			}
			var dom string
			if err == nil {
				dom, err = chromedp.Run(ctx, chromedp.OuterHTML(chromedp.CSS("html")))
			}
			if err != nil {
				t.Fatalf("%s (%s): %v", c.page, scheme, err)
			}
			name := strings.TrimSuffix(c.page, ".html") + "-" + scheme
			if err := os.WriteFile(filepath.Join(artifacts, name+".png"), shot, 0o644); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(artifacts, name+".dom.html"), []byte(dom), 0o644); err != nil {
				t.Fatal(err)
			}
			colours, lum, err := picture(shot)
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			if colours < 32 {
				t.Errorf("%s: the screenshot has %d colours; it looks blank", name, colours)
			}
			if dark := lum < 0.5; dark != (scheme == "dark") {
				t.Errorf("%s: the screenshot's mean luminance is %.2f; want a %s page", name, lum, scheme)
			}
			for _, want := range c.text {
				if !strings.Contains(dom, htmlText(want)) {
					t.Errorf("%s: the DOM does not hold %q", name, want)
				}
			}
		}
	}
	t.Logf("screenshots and DOM dumps in %s", artifacts)
}

// picture returns how many colours a PNG has (each channel cut to 5 bits,
// so that anti-aliasing does not count) and its mean luminance from 0 to 1.
func picture(data []byte) (colours int, lum float64, err error) {
	img, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		return 0, 0, err
	}
	seen := map[uint32]bool{}
	b := img.Bounds()
	var sum float64
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bl, _ := img.At(x, y).RGBA()
			seen[(r>>11)<<10|(g>>11)<<5|bl>>11] = true
			sum += (0.2126*float64(r) + 0.7152*float64(g) + 0.0722*float64(bl)) / 0xffff
		}
	}
	if n := b.Dx() * b.Dy(); n > 0 {
		lum = sum / float64(n)
	}
	return len(seen), lum, nil
}

// htmlText escapes text as the DOM serialises it.
func htmlText(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", "\u00a0", "&nbsp;").Replace(s)
}
