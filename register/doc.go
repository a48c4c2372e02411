// Package register loads registers of open data publication obligations and
// holds the embedded one: the register approved by Order No. 113 of
// 31 December 2016 of the Chairman of the Agency of the Republic of
// Kazakhstan for Civil Service Affairs and Anti-Corruption (registered by the
// Ministry of Justice on 6 February 2017, No. 14763; repealed by Order
// No. 226 of 27 December 2019).
//
// A register is a YAML file with three sections:
//
//	act:          the legal act: title, issuer, number, signed, registered,
//	              in_force, repealed, time_zone (default Asia/Almaty) and
//	              roll (following, preceding or none)
//	units:        the responsible units, each under a short key, with
//	              name, short name, the act's spellings and a note
//	obligations:  one entry per row: no, name, period, deadline, stages,
//	              wording, source (portal or api), units and note
//
// Text fields take either a plain string (Kazakh) or a mapping of language
// codes (kk, ru, en) to text. Deadlines are written in the rule language of
// package schedule. The embedded file, order113.yaml, keeps each row's
// Kazakh wording beside its parsed rule.
//
// Parse checks everything it reads and reports every problem at once, each
// with its file, line, column and field (see Problem); oddities that the
// act itself contains are kept as warnings.
package register
