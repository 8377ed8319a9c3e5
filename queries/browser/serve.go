package browser

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/mediakg/mediakg/queries"
)

// FavoritesFolder is the folder the saved queries land in when the zip is
// dropped on Browser's Favorites drawer.
const FavoritesFolder = "mediakg"

// Favorites returns a zip of the saved queries, one .cypher file each under
// FavoritesFolder/, as Browser's Favorites drawer imports it.
func Favorites(lib *queries.Catalog) ([]byte, error) {
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	// A fixed time keeps the zip identical from build to build.
	mod := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, q := range lib.All() {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: FavoritesFolder + "/" + q.Name + ".cypher", Method: zip.Deflate, Modified: mod})
		if err != nil {
			return nil, err
		}
		if _, err := w.Write([]byte(q.Source)); err != nil {
			return nil, err
		}
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// Handler serves the guide, the style sheet, the favourites zip and each
// saved query (/queries/NAME.cypher) with the CORS header Browser needs to
// fetch them. The guide's links point back at the host the request named.
func Handler(lib *queries.Catalog) http.Handler {
	mux := http.NewServeMux()
	serve := func(path, ctype string, body func(r *http.Request) ([]byte, error)) {
		mux.HandleFunc("GET "+path, func(w http.ResponseWriter, r *http.Request) {
			data, err := body(r)
			var unknown *queries.UnknownQueryError
			if errors.As(err, &unknown) {
				http.Error(w, err.Error(), http.StatusNotFound)
				return
			}
			if err != nil {
				http.Error(w, err.Error(), http.StatusInternalServerError)
				return
			}
			w.Header().Set("Content-Type", ctype)
			w.Header().Set("Cache-Control", "no-cache")
			_, _ = w.Write(data)
		})
	}
	serve(GuidePath, "text/html; charset=utf-8", func(r *http.Request) ([]byte, error) {
		return Guide(lib, "http://"+r.Host)
	})
	serve(StylePath, "text/plain; charset=utf-8", func(*http.Request) ([]byte, error) { return Style, nil })
	serve(FavoritesPath, "application/zip", func(*http.Request) ([]byte, error) { return Favorites(lib) })
	serve("/queries/{file}", "text/plain; charset=utf-8", func(r *http.Request) ([]byte, error) {
		q, err := lib.Get(strings.TrimSuffix(r.PathValue("file"), ".cypher"))
		if err != nil {
			return nil, err
		}
		return []byte(q.Source), nil
	})
	serve("/{$}", "text/plain; charset=utf-8", func(r *http.Request) ([]byte, error) {
		var b strings.Builder
		base := "http://" + r.Host
		fmt.Fprintf(&b, "mediakg files for Neo4j Browser\n\n%s\n", Instructions("http://localhost:7474/browser/", base))
		for _, q := range lib.All() {
			fmt.Fprintf(&b, "%s/queries/%s.cypher\n", base, q.Name)
		}
		return []byte(b.String()), nil
	})
	return cors(mux)
}

// cors lets the Browser page, served from the Neo4j HTTP port, read the
// files; preflight requests get an empty answer.
func cors(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Access-Control-Allow-Origin", "*")
		w.Header().Set("Access-Control-Allow-Methods", "GET, OPTIONS")
		w.Header().Set("Access-Control-Allow-Headers", "*")
		if r.Method == http.MethodOptions {
			w.WriteHeader(http.StatusNoContent)
			return
		}
		h.ServeHTTP(w, r)
	})
}
