package export

import (
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"slices"
	"strings"
	"sync"
	"time"

	"opendata/register"
	"opendata/schedule"
)

//go:embed planner.html.tmpl
var plannerSource string

// plannerTemplate is parsed when a planner is first written, not when the
// program starts.
var plannerTemplate = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("planner").Parse(plannerSource))
})

// plannerWords is what the planner says in one language, besides the
// grids' legend.
type plannerWords struct {
	title, load, units, index, sources, stage string
	registered, repealed                      string
	laws, moved, provisional, notCovered      string
	roll                                      map[schedule.Roll]string
}

var plannerLexicon = map[string]plannerWords{
	schedule.Kazakh: {
		title:       "Ашық деректер: %d жылғы мерзімдер",
		load:        "Апта сайынғы мерзімдер саны",
		units:       "Жауапты бөлімшелер",
		index:       "Деректер жиындары",
		sources:     "Дереккөздер",
		stage:       "аралық мерзім",
		registered:  "Нормативтік құқықтық актілерді мемлекеттік тіркеу тізілімінде № %s, %s тіркелген.",
		repealed:    "Күшін жойған акт: %s.",
		laws:        "Мерекелер: «Қазақстан Республикасындағы мерекелер туралы» Заң № 267; Православиелік Рождество мен Құрбан айт: Еңбек кодексі, 84-бап, 5-тармақ.",
		moved:       "Демалыс күндерін ауыстыру: %s.",
		provisional: "%d жылдың күнтізбесі алдын ала жасалған: демалыс күндерін ауыстыру туралы актілер әлі белгісіз.",
		notCovered:  "Күнтізбеде %d жылдың деректері жоқ: күндер тек заңдағы мерекелер бойынша есептелді.",
		roll: map[schedule.Roll]string{
			schedule.Following: "Жұмыс емес күнге түскен мерзім келесі жұмыс күніне ауысады (Азаматтық кодекс).",
			schedule.Preceding: "Жұмыс емес күнге түскен мерзім алдыңғы жұмыс күніне ауысады.",
			schedule.NoRoll:    "Жұмыс емес күнге түскен мерзім ауыспайды.",
		},
	},
	schedule.Russian: {
		title:       "Открытые данные: сроки на %d год",
		load:        "Число сроков по неделям",
		units:       "Ответственные подразделения",
		index:       "Наборы данных",
		sources:     "Источники",
		stage:       "промежуточный срок",
		registered:  "Зарегистрирован в Реестре государственной регистрации нормативных правовых актов № %s, %s.",
		repealed:    "Отменён: %s.",
		laws:        "Праздники: Закон «О праздниках в Республике Казахстан» № 267; православное Рождество и Курбан айт: Трудовой кодекс, ст. 84, п. 5.",
		moved:       "Перенос выходных: %s.",
		provisional: "Календарь на %d год предварительный: акты о переносе выходных ещё не известны.",
		notCovered:  "В календаре нет данных за %d год: даты рассчитаны только по праздникам из закона.",
		roll: map[schedule.Roll]string{
			schedule.Following: "Срок, выпавший на нерабочий день, переносится на следующий рабочий день (Гражданский кодекс).",
			schedule.Preceding: "Срок, выпавший на нерабочий день, переносится на предыдущий рабочий день.",
			schedule.NoRoll:    "Срок, выпавший на нерабочий день, не переносится.",
		},
	},
	schedule.English: {
		title:       "Open data: deadlines of %d",
		load:        "Deadlines per week",
		units:       "Responsible units",
		index:       "Data sets",
		sources:     "Sources",
		stage:       "intermediate deadline",
		registered:  "Registered in the State Register of Normative Legal Acts under No. %s on %s.",
		repealed:    "Repealed by %s.",
		laws:        "Holidays: Law No. 267 “On holidays in the Republic of Kazakhstan”; Orthodox Christmas and Kurban Ait: Labour Code, art. 84(5).",
		moved:       "Days off moved by %s.",
		provisional: "The calendar for %d is provisional: the acts moving its days off were not known when it was compiled.",
		notCovered:  "The calendar has no data for %d: dates follow the statutory holidays only.",
		roll: map[schedule.Roll]string{
			schedule.Following: "A deadline on a non-working day moves to the next working day (Civil Code).",
			schedule.Preceding: "A deadline on a non-working day moves to the working day before it.",
			schedule.NoRoll:    "A deadline on a non-working day stays where it falls.",
		},
	},
}

func plannerWordsFor(lang string) plannerWords {
	if w, ok := plannerLexicon[lang]; ok {
		return w
	}
	return plannerLexicon[schedule.Kazakh]
}

// planner is what the template shows.
type planner struct {
	Lang, Title, LoadTitle string
	Act                    []string
	Legend                 []legendItem
	Weekdays               []string // Monday first
	Load                   []loadMonth
	Halves                 [2][]plannerMonth // January to June, July to December
	UnitsTitle, IndexTitle string
	Units                  []plannerUnit
	Index                  []plannerEntry
	SourcesTitle           string
	Sources                []string
}

type legendItem struct{ Class, Mark, Text string }

// loadMonth is the weeks of the load row that begin in one month (the
// first week of the year counts to January).
type loadMonth struct {
	Name  string
	Weeks []loadWeek
}

type loadWeek struct {
	Level int // 0 for none, 1-4 up to the busiest week
	Due   int
	Title string
}

type plannerMonth struct {
	ID, Name string
	Weeks    [][7]plannerDay
	Due      []plannerDue
	Days     []string // the month's holidays and moved days, in words
}

type plannerDay struct {
	Day       int // 0 for a cell outside the month
	Class     string
	Mark      string
	Count     int
	Title     string
	Deadlines string
}

// plannerDue is the deadlines of one day of a month.
type plannerDue struct {
	Day, Weekday string
	From         string // the nominal dates rolled to this day, if any
	Items        []plannerItem
}

type plannerItem struct {
	No       int
	Due, Key string
	Unit     string // the class of the first unit's colour
	Units    string // the units' letters
	Stage    bool
	Title    string
}

type plannerUnit struct{ Class, Letter, Name string }

type plannerEntry struct {
	No                   int
	Name, Units, Waiting string
}

// Planner writes the year planner of year y: one self-contained HTML page
// (inline CSS, no scripts, nothing fetched) with twelve month grids, the
// deadlines among occ beside each month, a row of deadlines per week, the
// responsible units, the register's data sets, and the act and the
// calendar's sources. The page prints on two A4 pages in landscape and
// narrows to one column on a phone. Occurrences outside y are left out.
//
// Every deadline is an element with data-due (its due date), data-no (the
// obligation's number) and data-key (see schedule.Occurrence.Key), so that
// a program can read the page back.
func (c Context) Planner(w io.Writer, y int, occ []register.Occurrence) error {
	year := schedule.YearWindow(y)
	var inYear []register.Occurrence
	for _, o := range occ {
		if year.Contains(o.Due) {
			inYear = append(inYear, o)
		}
	}
	pw := plannerWordsFor(c.Lang)
	p := planner{
		Lang:         c.Lang,
		Title:        fmt.Sprintf(pw.title, y),
		LoadTitle:    pw.load,
		Act:          c.actLines(),
		Legend:       c.legendItems(),
		Load:         c.loadRow(y, inYear),
		UnitsTitle:   pw.units,
		IndexTitle:   pw.index,
		Units:        c.unitViews(),
		Index:        c.indexViews(),
		SourcesTitle: pw.sources,
		Sources:      c.sourceLines(y),
	}
	for _, wd := range mondayFirst {
		p.Weekdays = append(p.Weekdays, WeekdayShort(wd, c.Lang))
	}
	byDay := make(map[schedule.Date][]register.Occurrence)
	for _, o := range inYear {
		byDay[o.Due] = append(byDay[o.Due], o)
	}
	for m := time.January; m <= time.December; m++ {
		h := &p.Halves[(m-1)/6]
		*h = append(*h, c.plannerMonth(schedule.MonthWindow(y, m), byDay))
	}
	return plannerTemplate().Execute(w, p)
}

// plannerMonth lays out one month: its grid, its deadlines day by day,
// and its holidays and moved days.
func (c Context) plannerMonth(m schedule.Window, byDay map[schedule.Date][]register.Occurrence) plannerMonth {
	pm := plannerMonth{
		ID:   fmt.Sprintf("m%02d", int(m.From.Month())),
		Name: capital(MonthName(m.From.Month(), c.Lang)),
		Days: c.specialDays(m),
	}
	var week [7]plannerDay
	for d := m.From; d <= m.To; d++ {
		week[(d.Weekday()+6)%7] = c.plannerDay(d, len(byDay[d]))
		if d.Weekday() == time.Sunday || d == m.To {
			pm.Weeks = append(pm.Weeks, week)
			week = [7]plannerDay{}
		}
		if occ := byDay[d]; len(occ) > 0 {
			pm.Due = append(pm.Due, c.plannerDue(d, occ))
		}
	}
	return pm
}

// plannerDay is one cell of a month grid.
func (c Context) plannerDay(d schedule.Date, n int) plannerDay {
	day := c.Calendar.Day(d)
	mark, _ := dayMark(day)
	pd := plannerDay{Day: d.Day(), Mark: strings.TrimSpace(mark), Count: n, Class: dayClass(day.Kind)}
	pd.Title = c.dayReason(d)
	if n > 0 {
		pd.Deadlines = fmt.Sprintf("%s: %d", gridWordsFor(c.Lang).deadline, n)
	}
	return pd
}

func dayClass(k schedule.Kind) string {
	switch k {
	case schedule.Weekend:
		return "we"
	case schedule.Holiday, schedule.Religious:
		return "hol"
	case schedule.Substitute, schedule.Transferred:
		return "off"
	case schedule.WorkingWeekend:
		return "work"
	}
	return ""
}

// dayReason says what is special about a day, or "" for an ordinary one.
func (c Context) dayReason(d schedule.Date) string {
	day := c.Calendar.Day(d)
	switch day.Kind {
	case schedule.Holiday, schedule.Religious:
		return c.Calendar.HolidayName(day.Holiday).In(c.Lang)
	case schedule.WorkingWeekend:
		return WorkingWeekend(c.Calendar, d, c.Lang)
	case schedule.Substitute, schedule.Transferred:
		return Reason(c.Calendar, d, c.Lang)
	}
	return ""
}

// specialDays lists the holidays and moved days of month m in words, a
// run of days with the same reason as one entry: "*21–23 Nauryz".
func (c Context) specialDays(m schedule.Window) []string {
	var out []string
	var from, to schedule.Date
	var mark, why string
	flush := func() {
		if why == "" {
			return
		}
		span := fmt.Sprint(from.Day())
		if to > from {
			span += "–" + fmt.Sprint(to.Day())
		}
		out = append(out, mark+span+" "+why)
	}
	for d := m.From; d <= m.To; d++ {
		dm, _ := dayMark(c.Calendar.Day(d))
		r := c.dayReason(d)
		if r != "" && r == why && d == to+1 {
			to = d
			continue
		}
		flush()
		from, to, mark, why = d, d, strings.TrimSpace(dm), r
	}
	flush()
	return out
}

// plannerDue lists the deadlines due on day d.
func (c Context) plannerDue(d schedule.Date, occ []register.Occurrence) plannerDue {
	pd := plannerDue{Day: fmt.Sprint(d.Day()), Weekday: WeekdayShort(d.Weekday(), c.Lang)}
	var from []string
	for _, o := range occ {
		pd.Items = append(pd.Items, c.plannerItem(o))
		if o.Moved() {
			f := ShortDate(o.Nominal)[:5]
			if !slices.Contains(from, f) {
				from = append(from, f)
			}
		}
	}
	pd.From = strings.Join(from, ", ")
	return pd
}

// plannerItem is one deadline, labelled with its obligation's number and
// its units' letters, and described in full in its title.
func (c Context) plannerItem(o register.Occurrence) plannerItem {
	ob := o.Obligation
	it := plannerItem{
		No:    ob.No,
		Due:   o.Due.String(),
		Key:   o.Key(),
		Units: c.unitLetters(ob.Units),
		Stage: o.Stage != "",
	}
	if len(ob.Units) > 0 {
		it.Unit = c.unitClass(ob.Units[0])
	}
	title := []string{fmt.Sprintf("№%d %s", ob.No, ob.Name.In(c.Lang))}
	if it.Stage {
		title = append(title, "↳ "+o.StageName().In(c.Lang))
	}
	if o.Event != nil {
		title = append(title, EventText(o.Event, c.Lang))
	} else {
		title = append(title, PeriodText(o.Period, c.Lang))
	}
	if o.Moved() {
		title = append(title, fmt.Sprintf("%s → %s: %s", ShortDate(o.Nominal), ShortDate(o.Due),
			Reason(c.Calendar, o.Nominal, c.Lang)))
	}
	it.Title = strings.Join(title, " · ")
	return it
}

// unitIndex returns the place of unit key in the register, or -1.
func (c Context) unitIndex(key string) int {
	for i, k := range c.Register.UnitKeys {
		if k == key {
			return i
		}
	}
	return -1
}

// unitClass names the colour of a unit: ten colours, repeated after the
// tenth unit, whose letters still tell them apart.
func (c Context) unitClass(key string) string {
	return fmt.Sprintf("u%d", max(c.unitIndex(key), 0)%10)
}

// unitLetter returns the letter of the i-th unit: A to Z, then A1 to Z1
// and so on.
func unitLetter(i int) string {
	s := string(rune('A' + i%26))
	if i >= 26 {
		s += fmt.Sprint(i / 26)
	}
	return s
}

// unitLetters returns the letters of units, at most three and a "+".
func (c Context) unitLetters(units []string) string {
	var out []string
	for i, k := range units {
		if i == 3 {
			out = append(out, "+")
			break
		}
		out = append(out, unitLetter(max(c.unitIndex(k), 0)))
	}
	return strings.Join(out, "")
}

func (c Context) unitViews() []plannerUnit {
	var out []plannerUnit
	for i, k := range c.Register.UnitKeys {
		out = append(out, plannerUnit{Class: c.unitClass(k), Letter: unitLetter(i),
			Name: c.Register.Units[k].Short.In(c.Lang)})
	}
	return out
}

func (c Context) indexViews() []plannerEntry {
	var out []plannerEntry
	waiting := wordsFor(c.Lang).waiting
	for _, ob := range c.Register.Obligations {
		e := plannerEntry{No: ob.No, Name: ob.Name.In(c.Lang), Units: c.unitLetters(ob.Units)}
		if ob.EventDriven() {
			e.Waiting = waiting
		}
		out = append(out, e)
	}
	return out
}

// legendItems explains the marks of the grids and the deadlines.
func (c Context) legendItems() []legendItem {
	gw := gridWordsFor(c.Lang)
	return []legendItem{
		{"count", "3", gw.several},
		{"hol", markHoliday, gw.holiday},
		{"off", markDayOff, gw.dayOff},
		{"work", markWorking, gw.working},
		{"stage", "↳", plannerWordsFor(c.Lang).stage},
	}
}

// loadRow groups the weeks of year y by the month they begin in; the
// week of 1 January counts to January.
func (c Context) loadRow(y int, occ []register.Occurrence) []loadMonth {
	weeks := Load(y, occ)
	most := weeks[busiest(weeks)].Due
	out := make([]loadMonth, 12)
	for i := range out {
		out[i].Name = monthAbbr(time.Month(i+1), c.Lang)
	}
	for _, wk := range weeks {
		m := time.January
		if wk.Week.From.Year() == y {
			m = wk.Week.From.Month()
		}
		lw := loadWeek{Due: wk.Due, Title: fmt.Sprintf("%s–%s: %d",
			ShortDate(wk.Week.From)[:5], ShortDate(wk.Week.To)[:5], wk.Due)}
		if wk.Due > 0 {
			lw.Level = (wk.Due*4 + most - 1) / most
		}
		out[m-1].Weeks = append(out[m-1].Weeks, lw)
	}
	return out
}

// actLines describes the register's act.
func (c Context) actLines() []string {
	a := c.Register.Act
	pw := plannerWordsFor(c.Lang)
	lines := []string{fmt.Sprintf("%s %s %s, %s: «%s»", capital(a.Kind.In(c.Lang)), wordsFor(c.Lang).docNo,
		a.Number, ShortDate(a.Signed), a.Title.In(c.Lang))}
	if s := a.Issuer.In(c.Lang); s != "" {
		lines = append(lines, s)
	}
	if r := a.Registered; r != nil {
		lines = append(lines, fmt.Sprintf(pw.registered, r.Number, ShortDate(r.Date)))
	}
	if r := a.Repealed; r != nil {
		what := r.Title.In(c.Lang)
		if what == "" {
			what = fmt.Sprintf("%s %s, %s", wordsFor(c.Lang).docNo, r.Number, ShortDate(r.Date))
		}
		lines = append(lines, fmt.Sprintf(pw.repealed, what))
	}
	return lines
}

// sourceLines names where the calendar of year y comes from, and the
// convention that moves deadlines off non-working days.
func (c Context) sourceLines(y int) []string {
	pw := plannerWordsFor(c.Lang)
	info := c.Calendar.Year(y)
	lines := []string{pw.laws}
	switch info.Coverage {
	case schedule.NotCovered:
		lines = append(lines, fmt.Sprintf(pw.notCovered, y))
	case schedule.Provisional:
		lines = append(lines, fmt.Sprintf(pw.provisional, y))
	}
	if info.Act != "" {
		lines = append(lines, fmt.Sprintf(pw.moved, info.Act))
	}
	return append(lines, pw.roll[c.Register.Act.Roll])
}
