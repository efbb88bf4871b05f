.class public abstract Lcn/smssdk/EventHandler;
.super Ljava/lang/Object;
.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method
.method public afterEvent(IILjava/lang/Object;)V
    .registers 4
    return-void
.end method
