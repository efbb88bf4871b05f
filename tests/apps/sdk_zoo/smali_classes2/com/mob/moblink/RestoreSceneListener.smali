.class public interface abstract Lcom/mob/moblink/RestoreSceneListener;
.super Ljava/lang/Object;
.method public abstract willRestoreScene(Lcom/mob/moblink/Scene;)Ljava/lang/Class;
.end method
