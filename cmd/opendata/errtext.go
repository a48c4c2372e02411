package main

import (
	"fmt"

	"opendata/schedule"
)

// errorText translates the messages of badf and usagef, keyed by their
// English format. The arguments keep their order, so that flags, values
// and dates read the same in every language. Errors of the domain that a
// message wraps (%v) stay in English, as do register problems
// (FILE:LINE:COL), which read like a compiler's.
var errorText = map[string][2]string{ // {kk, ru}
	"%v":     {"%v", "%v"},
	"%s":     {"%s", "%s"},
	"%s: %v": {"%s: %v", "%s: %v"},
	"--year %q: expected a year from %d to %d":              {"--year %q: %d және %d аралығындағы жыл керек", "--year %q: нужен год от %d до %d"},
	"window %s: years must lie within %d..%d":               {"%s аралығы: жылдар %d..%d ішінде болуы керек", "период %s: годы должны лежать в пределах %d..%d"},
	"no obligation %d in %s":                                {"№%d міндет %s тізбесінде жоқ", "обязательства №%d нет в %s"},
	"--event %s: %v":                                        {"--event %s: %v", "--event %s: %v"},
	"show %q: expected an obligation number":                {"show %q: міндеттің нөмірі керек", "show %q: нужен номер обязательства"},
	"obligation %d counts from an event: give --event DATE": {"№%d міндет оқиғадан есептеледі: --event DATE беріңіз", "обязательство №%d считается от события: укажите --event DATE"},
	"done %q: expected an obligation number":                {"done %q: міндеттің нөмірі керек", "done %q: нужен номер обязательства"},
	"deadline needs --event DATE":                           {"deadline үшін --event DATE керек", "deadline нужен --event DATE"},
	"-3 and --year choose different windows: give one":      {"-3 және --year әртүрлі аралық таңдайды: біреуін беріңіз", "-3 и --year задают разные периоды: укажите один"},
	"--today: year %d is outside %d..%d":                    {"--today: %d жыл %d..%d шегінен тыс", "--today: год %d вне пределов %d..%d"},
	"--today: %v":                                           {"--today: %v", "--today: %v"},
	"--period and --event name different deadlines: give one": {"--period және --event әртүрлі мерзімді атайды: біреуін беріңіз",
		"--period и --event называют разные сроки: укажите один"},
	"--next %d: expected 0 to 1000": {"--next %d: 0-ден 1000-ға дейінгі сан керек", "--next %d: нужно число от 0 до 1000"},
	"--lang: %v":                    {"--lang: %v", "--lang: %v"},
	"--kind %q: expected register, events, log or calendar": {"--kind %q: register, events, log немесе calendar керек",
		"--kind %q: нужно register, events, log или calendar"},
	"--from and --to go together": {"--from мен --to бірге беріледі", "--from и --to указываются вместе"},
	"--format ics: only due and export ics write calendars": {"--format ics: күнтізбе файлын тек due мен export ics жазады",
		"--format ics: файл календаря пишут только due и export ics"},
	"--format %s: export ics writes iCalendar; use due for %s": {"--format %s: export ics iCalendar жазады; %s үшін due қолданыңыз",
		"--format %s: export ics пишет iCalendar; для %s используйте due"},
	"--format %s: export html writes HTML; use due for %s": {"--format %s: export html HTML жазады; %s үшін due қолданыңыз",
		"--format %s: export html пишет HTML; для %s используйте due"},
	"--format %s: cal draws month grids; due writes json and csv": {"--format %s: cal ай торларын салады; json мен csv-ны due жазады",
		"--format %s: cal рисует сетки месяцев; json и csv пишет due"},
	"--format %q: expected table, json or csv":   {"--format %q: table, json немесе csv керек", "--format %q: нужно table, json или csv"},
	"--color %q: expected auto, always or never": {"--color %q: auto, always немесе never керек", "--color %q: нужно auto, always или never"},
	"--by %v": {"--by %v", "--by %v"},
	"%s needs a publication log: give --log FILE or set OPENDATA_LOG": {"%s үшін жариялау журналы керек: --log FILE беріңіз немесе OPENDATA_LOG орнатыңыз",
		"%s нужен журнал публикаций: укажите --log FILE или задайте OPENDATA_LOG"},
	"%s and %s choose different windows: give one": {"%s пен %s әртүрлі аралық таңдайды: біреуін беріңіз", "%s и %s задают разные периоды: укажите один"},
	"writing the publication log: %v":              {"жариялау журналын жазу: %v", "запись журнала публикаций: %v"},
	"writing the output: %v":                       {"нәтижені жазу: %v", "запись вывода: %v"},
	"window %s is longer than a century":           {"%s аралығы бір ғасырдан ұзақ", "период %s длиннее века"},
	"publication log %s: %v":                       {"%s жариялау журналы: %v", "журнал публикаций %s: %v"},
	"publication log %s does not exist: opendata done creates it with the first record": {
		"%s жариялау журналы жоқ: оны алғашқы жазбамен opendata done жасайды",
		"журнала публикаций %s нет: его создаёт opendata done с первой записью"},
	"obligation %d has no deadline left to record for a publication on %s: give %s": {
		"№%d міндетте %s жариялауы үшін жазылмаған мерзім қалмаған: %s беріңіз",
		"у обязательства №%d не осталось сроков для публикации от %s: укажите %s"},
	"obligation %d has no deadline for the period %s":   {"№%d міндеттің %s кезеңіне мерзімі жоқ", "у обязательства №%d нет срока за период %s"},
	"obligation %d has no deadline for an event on %s":  {"№%d міндеттің %s күнгі оқиғаға мерзімі жоқ", "у обязательства №%d нет срока для события %s"},
	"cannot write %s: the directory %s does not exist":  {"%s жазылмайды: %s қалтасы жоқ", "не удаётся записать %s: каталога %s нет"},
	"cannot write %s: %v":                               {"%s жазылмайды: %v", "не удаётся записать %s: %v"},
	"OPENDATA_LANG: %v":                                 {"OPENDATA_LANG: %v", "OPENDATA_LANG: %v"},
	"--year %q: expected YYYY, e.g. 2017":               {"--year %q: YYYY түрінде жыл керек, мысалы 2017", "--year %q: нужен год вида YYYY, например 2017"},
	"--year %q: expected YYYY from %d to %d, e.g. 2017": {"--year %q: %d мен %d аралығындағы YYYY жыл керек, мысалы 2017", "--year %q: нужен год YYYY от %d до %d, например 2017"},
	"--within: %v": {"--within: %v", "--within: %v"},
	"--url: %v":    {"--url: %v", "--url: %v"},
	"--unit %q: no such unit; the units are: %s": {"--unit %q: мұндай бөлімше жоқ; бөлімшелер: %s", "--unit %q: такого подразделения нет; подразделения: %s"},
	"--to: %v":                      {"--to: %v", "--to: %v"},
	"--since: %v":                   {"--since: %v", "--since: %v"},
	"--since %s is after today, %s": {"--since %s бүгіннен (%s) кейін", "--since %s позже сегодняшнего дня, %s"},
	"--remind: %v, or none":         {"--remind: %v, немесе none", "--remind: %v, или none"},
	"--remind %s: more than a year before the deadline": {"--remind %s: мерзімнен бір жылдан астам бұрын", "--remind %s: больше чем за год до срока"},
	"--quarter %q: expected YYYY-QN, e.g. 2017-Q2":      {"--quarter %q: YYYY-QN керек, мысалы 2017-Q2", "--quarter %q: нужно YYYY-QN, например 2017-Q2"},
	"--period: %v":      {"--period: %v", "--period: %v"},
	"--period-kind: %v": {"--period-kind: %v", "--period-kind: %v"},
	"--period %s: %v":   {"--period %s: %v", "--period %s: %v"},
	"--on: %v":          {"--on: %v", "--on: %v"},
	"--on %s is after today, %s: record a publication once it is made": {"--on %s бүгіннен (%s) кейін: жариялауды ол болған соң жазыңыз",
		"--on %s позже сегодняшнего дня, %s: записывайте публикацию, когда она сделана"},
	"--no %d: no such obligation in %s":          {"--no %d: %s тізбесінде мұндай міндет жоқ", "--no %d: такого обязательства нет в %s"},
	"--month %q: expected YYYY-MM, e.g. 2017-03": {"--month %q: YYYY-MM керек, мысалы 2017-03", "--month %q: нужно YYYY-MM, например 2017-03"},
	"--horizon: %v":              {"--horizon: %v", "--horizon: %v"},
	"--from: %v":                 {"--from: %v", "--from: %v"},
	"--from %s is after --to %s": {"--from %s --to %s күнінен кейін", "--from %s позже --to %s"},
	"--event: %v":                {"--event: %v", "--event: %v"},
	"--event %q: expected N=DATE, e.g. 15=2017-03-17": {"--event %q: N=DATE керек, мысалы 15=2017-03-17", "--event %q: нужно N=DATE, например 15=2017-03-17"},
	"--event %q: %v":                              {"--event %q: %v", "--event %q: %v"},
	"%v: give --replace to change it":             {"%v: өзгерту үшін --replace беріңіз", "%v: чтобы изменить, укажите --replace"},
	"%s: year %d is outside %d..%d":               {"%s: %d жыл %d..%d шегінен тыс", "%s: год %d вне пределов %d..%d"},
	"%s: more than the limit of %d bytes":         {"%s: %d байт шегінен асады", "%s: больше предела в %d байт"},
	"%s: %d warnings (--strict)":                  {"%s: %d ескерту (--strict)", "%s: %d предупреждений (--strict)"},
	"%q: expected a whole number of working days": {"%q: жұмыс күндерінің бүтін саны керек", "%q: нужно целое число рабочих дней"},
}

// translate returns the message of format and args in lang.
func translate(lang, format string, args []any) string {
	t, ok := errorText[format]
	switch {
	case !ok || lang == schedule.English:
	case lang == schedule.Kazakh:
		format = t[0]
	case lang == schedule.Russian:
		format = t[1]
	}
	return fmt.Sprintf(format, args...)
}
