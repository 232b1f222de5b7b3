package ui

import "drillsim/scenarios"

// unitTasks lists the tasks each kind of unit can be dispatched with, the engine's
// own rule (sim's unitSpecs, which it does not export): the order panel offers only
// these. TestUnitTasksMatchTheEngine dispatches every unit with every task and fails
// when the two disagree.
var unitTasks = map[scenarios.UnitKind][]scenarios.Task{
	scenarios.UnitRescueTeam:  {scenarios.TaskRescue, scenarios.TaskClearRoad, scenarios.TaskWarnDoorToDoor, scenarios.TaskTransport, scenarios.TaskDeliver},
	scenarios.UnitFireTeam:    {scenarios.TaskSuppressFire, scenarios.TaskRescue, scenarios.TaskDeliver},
	scenarios.UnitMedicalTeam: {scenarios.TaskTreat, scenarios.TaskDeliver},
	scenarios.UnitCadres:      {scenarios.TaskWarnDoorToDoor, scenarios.TaskDeliver},
	scenarios.UnitBus:         {scenarios.TaskTransport, scenarios.TaskDeliver},
	scenarios.UnitExcavator:   {scenarios.TaskClearRoad},
	scenarios.UnitBoat:        {scenarios.TaskRescue, scenarios.TaskTransport},
	scenarios.UnitAmbulance:   {scenarios.TaskTreat, scenarios.TaskTransport},
	scenarios.UnitPoliceTeam:  {scenarios.TaskWarnDoorToDoor, scenarios.TaskRescue, scenarios.TaskTransport, scenarios.TaskDeliver},
}
