#!/usr/bin/env python3
"""Byte identity of `hrvstat estimate` and `hrvstat calibrate` between two builds (issue 16).

    benchmarks/cli-identity.py OLD_LAUNCHER NEW_LAUNCHER [--rows N] [--dir DIR]

Runs both launchers (e.g. /tmp/old/hrvstat of a `git worktree add /tmp/old REV` and ./hrvstat)
on the same commands and compares their output files byte for byte, and their exit codes and
messages:
  - every design, breakdown and statistic of the R fixtures' cases.csv, proportions under each
    interval method and at level 0.9;
  - the contrasts of differences.csv and the replicate designs of rep-cases.csv;
  - the calibrate cases of calibration/cases.csv (linear, raking, logit, poststratify);
  - with --rows N (needs R): the benchmark's files of benchmarks/run.sh, N rows, its five estimate
    breakdowns, its --glm and its raking.
Prints one line per difference and a summary; exits 1 if anything differs.
"""
import argparse, csv, filecmp, os, subprocess, sys

here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
fixtures = os.path.join(here, 'src/test/resources/r-fixtures')


def design(r):
    """The design options of a fixture row (R's svydesign / svrepdesign arguments)."""
    a = ['--data', f"{fixtures}/{r['data']}.csv"]
    if r.get('weights'):
        a += ['--weights', r['weights']]
    elif r['data'].startswith('rep-'):
        a += ['--weights', 'pw']
    for option, column in (('--lonely-psu', 'lonely'), ('--strata', 'strata'), ('--rho', 'rho'),
                           ('--scale', 'scale')):
        if r.get(column):
            a += [option, r[column]]
    for option, column in (('--cluster', 'cluster'), ('--fpc', 'fpc')):
        if r.get(column):
            a += [option, r[column].replace('+', ',')]
    if r.get('nest') == 'TRUE':
        a += ['--nest']
    if r.get('reptype'):
        a += ['--reptype', r['reptype'], '--repweights', '^rep[0-9]+$']
        if r.get('rscales'):
            a += ['--rscales', r['rscales'].replace(';', ',')]
        if r.get('mse') == 'TRUE':
            a += ['--mse']
    return a


def fixture_commands():
    commands = []
    groups = {}
    for r in csv.DictReader(open(f'{fixtures}/cases.csv')):
        key = tuple(design(r)) + (('--by', r['by']) if r['by'] else ())
        groups.setdefault(key, set()).add((f"--{r['statistic']}", r['variable']))
    for key, statistics in sorted(groups.items()):
        base = ['estimate', *key, *[x for s in sorted(statistics) for x in s]]
        if any(s[0] == '--proportion' for s in statistics):
            for method in ('logit', 'beta', 'mean', 'xlogit', 'likelihood', 'asin'):
                commands.append(base + ['--ci', method])
            commands.append(base + ['--level', '0.9'])
        else:
            commands.append(base)
    groups = {}
    for r in csv.DictReader(open(f'{fixtures}/differences.csv')):
        key = tuple(design(r)) + ('--by', r['by'])
        groups.setdefault(key, set()).update({(f"--{r['statistic']}", r['variable']),
                                              ('--contrast', f"{r['by']}={r['group1']}-{r['group2']}")})
    for r in csv.DictReader(open(f'{fixtures}/rep-cases.csv')):
        key = tuple(design(r)) + (('--by', r['by']) if r['by'] else ())
        groups.setdefault(key, set()).add((f"--{r['statistic']}", r['variable']))
    for key, options in sorted(groups.items()):
        commands.append(['estimate', *key, *[x for o in sorted(options) for x in o]])
    return commands


def calibration_commands(folder):
    """The cases of calibration/cases.csv that `hrvstat calibrate` serves, as CalibrateCommandTest runs them."""
    commands = []
    population = list(open(f'{fixtures}/calibration/population.csv', encoding='utf-8'))
    for r in csv.DictReader(open(f'{fixtures}/calibration/cases.csv')):
        if r['method'] not in ('linear', 'raking', 'logit', 'poststratify'):
            continue
        margins = f"{folder}/population-{r['case']}.csv"
        with open(margins, 'w', encoding='utf-8') as f:
            f.write(population[0])
            for m in r['margins'].split('+'):
                f.writelines(line for line in population[1:] if line.startswith(f'"{m}",'))
        command = ['calibrate', '--data', f"{fixtures}/calibration/{r['data']}.csv", '--weights', 'pw',
                   '--fpc', r['fpc'], '--population', margins, '--method', r['method']]
        if r['strata']:
            command += ['--strata', r['strata']]
        if r['cluster']:
            command += ['--cluster', r['cluster']]
        for option in ('bounds', 'trim', 'epsilon', 'maxit'):
            if r[option]:
                command += [f'--{option}', r[option]]
        commands.append(command)
    return commands


def benchmark_commands(rows, folder):
    data, cal, pop = (f'{folder}/estimate-{rows}.csv', f'{folder}/calibrate-{rows}.csv',
                      f'{folder}/population-{rows}.csv')
    # generated under a temporary name and renamed when complete, so that a stopped run leaves no half file
    if not os.path.exists(data):
        subprocess.run(['Rscript', f'{here}/src/test/r/benchmark-generate.R', data + '.part', str(rows)], check=True,
                       stdout=subprocess.DEVNULL)
        os.replace(data + '.part', data)
    if not os.path.exists(cal):
        subprocess.run(['Rscript', f'{here}/src/test/r/benchmark-calibrate-generate.R', cal + '.part', pop,
                        str(rows)], check=True, stdout=subprocess.DEVNULL)
        os.replace(cal + '.part', cal)
    design_options = ['--data', data, '--weights', 'w', '--strata', 'stratum', '--cluster', 'psu']
    items = [x for k in range(1, 17) for x in ('--proportion', f'q{k:02d}')]
    commands = [['estimate', *design_options, *items, *([] if by == 'overall' else ['--by', by]), '--ci', 'logit']
                for by in ('overall', 'sex', 'born', 'grade', 'kommun')]
    commands.append(['estimate', *design_options, '--glm', 'q01 ~ factor(sex) + factor(born) + factor(grade)',
                     '--family', 'quasibinomial'])
    commands.append(['calibrate', '--data', cal, '--weights', 'w', '--strata', 'stratum', '--cluster', 'psu',
                     '--population', pop, '--method', 'raking'])
    return commands


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('old')
    parser.add_argument('new')
    parser.add_argument('--rows', type=int)
    parser.add_argument('--dir', default='/tmp/hrvstat-identity')
    args = parser.parse_args()
    os.makedirs(args.dir, exist_ok=True)
    commands = fixture_commands() + calibration_commands(args.dir) + (
        benchmark_commands(args.rows, args.dir) if args.rows else [])
    identical = different = failing = 0
    for i, command in enumerate(commands):
        runs = {}
        for tag, launcher in (('old', args.old), ('new', args.new)):
            out = f'{args.dir}/out-{i}.{tag}.csv'
            p = subprocess.run([launcher, *command, '--out', out], capture_output=True, text=True)
            runs[tag] = (p.returncode, (p.stdout + p.stderr).replace(out, 'OUT'), out)
        (old_code, old_text, old_out), (new_code, new_text, new_out) = runs['old'], runs['new']
        same = (old_code, old_text) == (new_code, new_text) and (
            old_code != 0 or filecmp.cmp(old_out, new_out, shallow=False))
        identical += same
        different += not same
        failing += same and old_code != 0
        if not same:
            print(f'differs (exit {old_code} / {new_code}):', ' '.join(command))
        elif old_code != 0:
            print(f'both fail alike (exit {old_code}):', ' '.join(command))
    print(f'{identical} commands gave identical outputs ({failing} of them the same error), {different} differ')
    sys.exit(1 if different else 0)


if __name__ == '__main__':
    main()
