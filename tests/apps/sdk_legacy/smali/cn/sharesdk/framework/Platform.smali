.class public abstract Lcn/sharesdk/framework/Platform;
.super Ljava/lang/Object;
.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method
.method public setPlatformActionListener(Lcn/sharesdk/framework/PlatformActionListener;)V
    .registers 2
    return-void
.end method
