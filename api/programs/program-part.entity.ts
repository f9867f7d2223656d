import { Column, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Program } from './program.entity';

/** What every projected part of a program (task, plan item, visit, a designed type's record) starts with: its id and its program. */
export abstract class ProgramPart {
  @PrimaryColumn('uuid') id: string;
  @Column({ name: 'program_id', type: 'uuid' }) programId: string;
  @ManyToOne(() => Program) @JoinColumn({ name: 'program_id' }) program?: Program;
}
