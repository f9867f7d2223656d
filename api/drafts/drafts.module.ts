import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Task } from '../tasks/task.entity';
import { Draft } from './draft.entity';
import { DraftsController } from './drafts.controller';
import { DraftsService } from './drafts.service';

/** Per-person drafts of task forms and record dialogs; the task and program routes remove them on completion. */
@Module({
  imports: [TypeOrmModule.forFeature([Draft, Task])],
  controllers: [DraftsController],
  providers: [DraftsService],
  exports: [DraftsService],
})
export class DraftsModule {}
