.class public static interface abstract Lcom/tencent/smtt/sdk/QbSdk$PreInitCallback;
.super Ljava/lang/Object;
.method public abstract onCoreInitFinished()V
.end method
.method public abstract onViewInitFinished(Z)V
.end method
