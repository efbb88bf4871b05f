.class public final Lkotlin/ResultKt;
.super Ljava/lang/Object;
.source "Result.kt"


# direct methods
.method public static final throwOnFailure(Ljava/lang/Object;)V
    .registers 2

    instance-of v0, p0, Lkotlin/Result$Failure;

    if-nez v0, :cond_5

    return-void

    :cond_5
    check-cast p0, Lkotlin/Result$Failure;

    iget-object p0, p0, Lkotlin/Result$Failure;->exception:Ljava/lang/Throwable;

    throw p0
.end method
