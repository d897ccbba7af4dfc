package org.mlopsconsole.assessment.roles;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** RACIs written compactly for rule tables, over catalog roles and activities. */
final class Racis {

    private Racis() {}

    /**
     * @param grid rows separated by ";", each {@code activity: role=RA role=C} (a row may be empty)
     * @param people space-separated {@code person=role+role}; "" for none
     */
    static Raci of(String grid, String people) {
        List<Activity> activities = new ArrayList<>();
        Set<String> roleIds = new java.util.LinkedHashSet<>();
        Map<String, Map<String, Set<Responsibility>>> cells = new LinkedHashMap<>();
        for (String row : grid.split(";")) {
            String[] parts = row.split(":", 2);
            String activity = parts[0].trim();
            activities.add(ActivityCatalog.bundled().find(activity).orElseThrow(() -> new AssertionError(activity)));
            Map<String, Set<Responsibility>> rowCells = new LinkedHashMap<>();
            Arrays.stream(parts.length > 1 ? parts[1].trim().split("\\s+") : new String[0])
                    .filter(cell -> !cell.isEmpty())
                    .forEach(cell -> {
                        String[] roleAndLetters = cell.split("=");
                        roleIds.add(roleAndLetters[0]);
                        Set<Responsibility> letters = EnumSet.noneOf(Responsibility.class);
                        roleAndLetters[1]
                                .chars()
                                .forEach(c ->
                                        letters.add(Responsibility.of((char) c).orElseThrow()));
                        rowCells.put(roleAndLetters[0], letters);
                    });
            cells.put(activity, rowCells);
        }
        List<Person> persons = new ArrayList<>();
        Arrays.stream(people.trim().split("\\s+")).filter(p -> !p.isEmpty()).forEach(person -> {
            String[] parts = person.split("=");
            List<String> roles = Arrays.asList(parts[1].split("\\+"));
            roleIds.addAll(roles);
            persons.add(new Person(parts[0], parts[0], roles));
        });
        List<Role> roles = roleIds.stream()
                .map(id -> RoleCatalog.bundled().find(id).orElseThrow(() -> new AssertionError(id)))
                .toList();
        return new Raci("test", roles, activities, persons, cells);
    }
}
