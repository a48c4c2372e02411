package export

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// WriteFile writes a file through write, atomically: the output goes to a
// temporary file in the same directory, which is synced and then renamed
// over path. Readers see either the old file or the complete new one.
//
// When write or any step fails, the temporary file is removed, the old
// file at path (if any) is left as it was, and the error names path. A
// path that is a symbolic link is written through: the file it points to
// is replaced. A new file gets mode 0644; an existing one keeps its mode.
// WriteFile refuses to replace anything but a regular file, so that
// /dev/stdout or a directory is never swapped for a file.
func WriteFile(path string, write func(io.Writer) error) (err error) {
	target, mode, err := writeTarget(path)
	if err != nil {
		return err
	}

	dir, base := filepath.Split(target)
	if dir == "" {
		dir = "."
	}
	f, err := os.CreateTemp(dir, "."+base+".*.tmp")
	if err != nil {
		return &fs.PathError{Op: "create", Path: path, Err: unwrapPath(err)}
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(f.Name())
		}
	}()

	if err := write(f); err != nil {
		return &fs.PathError{Op: "write", Path: path, Err: err}
	}
	if err := f.Chmod(mode); err != nil {
		return &fs.PathError{Op: "chmod", Path: path, Err: unwrapPath(err)}
	}
	if err := f.Sync(); err != nil {
		return &fs.PathError{Op: "sync", Path: path, Err: unwrapPath(err)}
	}
	if err := f.Close(); err != nil {
		return &fs.PathError{Op: "close", Path: path, Err: unwrapPath(err)}
	}
	if err := os.Rename(f.Name(), target); err != nil {
		return &fs.PathError{Op: "replace", Path: path, Err: unwrapPath(err)}
	}
	syncDir(dir)
	return nil
}

// writeTarget resolves path to the file WriteFile replaces, and the mode
// the new file gets.
func writeTarget(path string) (string, fs.FileMode, error) {
	target := path
	if resolved, err := filepath.EvalSymlinks(path); err == nil {
		target = resolved
	}
	fi, err := os.Stat(target)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return target, 0o644, nil
	case err != nil:
		return "", 0, &fs.PathError{Op: "stat", Path: path, Err: unwrapPath(err)}
	case !fi.Mode().IsRegular():
		return "", 0, &fs.PathError{Op: "replace", Path: path, Err: errors.New("not a regular file")}
	}
	return target, fi.Mode().Perm(), nil
}

// unwrapPath returns the cause inside a *fs.PathError, whose path would
// name the temporary file rather than the one asked for.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// syncDir makes the rename durable where the system allows it; failure
// only weakens durability, not atomicity, so it is ignored.
func syncDir(dir string) {
	d, err := os.Open(dir)
	if err != nil {
		return
	}
	d.Sync()
	d.Close()
}
