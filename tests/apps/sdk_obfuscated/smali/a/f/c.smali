.class public La/f/c;
.super Ljava/lang/Object;
.field private a:D
.field private b:D
.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method
