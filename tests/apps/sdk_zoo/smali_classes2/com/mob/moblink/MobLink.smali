.class public Lcom/mob/moblink/MobLink;
.super Ljava/lang/Object;
.method public static setRestoreSceneListener(Lcom/mob/moblink/RestoreSceneListener;)V
    .registers 1
    return-void
.end method
